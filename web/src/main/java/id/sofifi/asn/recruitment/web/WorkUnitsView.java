package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Staff screen: the work units (OPD), searchable and paged in the database like every staff table. */
@Named
@ViewScoped
public class WorkUnitsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    WorkUnitService workUnits;

    private final PagedLazyModel<WorkUnitView> table = new PagedLazyModel<>(
            (filters, request) -> workUnits.search(filters.get("name"), request));
    private WorkUnitView editing;
    private String code;
    private String name;

    public void startNew() {
        editing = null;
        code = null;
        name = null;
    }

    public void startEdit(WorkUnitView unit) {
        editing = unit;
        code = unit.code();
        name = unit.name();
    }

    public void save() {
        if (editing == null) {
            UseCase.run(() -> workUnits.create(code, name), "workUnit.saved", code);
        } else {
            UseCase.run(() -> workUnits.rename(editing.code(), editing.version(), code, name), "workUnit.saved", code);
        }
    }

    public void delete(WorkUnitView unit) {
        UseCase.run(() -> workUnits.delete(unit.code(), unit.version()), "workUnit.deleted", unit.code());
    }

    public PagedLazyModel<WorkUnitView> getTable() { return table; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }
}
