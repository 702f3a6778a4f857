package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff screen: the organisation tree (OPD with their bidang and UPT), searchable and paged in the database like
 * every staff table; a unit is added under a parent, renamed, or moved under another parent.
 */
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
    private String parentCode;
    private List<WorkUnitView> parentChoices;

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        parentCode = null;
        parentChoices = workUnits.tree();
    }

    public void startEdit(WorkUnitView unit) {
        editing = unit;
        code = unit.code();
        name = unit.name();
    }

    /** Opens the move dialog: the unit's current parent chosen, the whole tree offered. */
    public void startMove(WorkUnitView unit) {
        editing = unit;
        parentCode = unit.parentCode();
        parentChoices = workUnits.tree();
    }

    public void save() {
        if (editing == null) {
            UseCase.run(() -> workUnits.create(code, name, parentCode), "workUnit.saved", code);
        } else {
            UseCase.run(() -> workUnits.rename(editing.code(), editing.version(), code, name), "workUnit.saved", code);
        }
    }

    public void move() {
        UseCase.run(() -> workUnits.move(editing.code(), editing.version(), parentCode), "workUnit.movedTo",
                editing.code());
    }

    public void delete(WorkUnitView unit) {
        UseCase.run(() -> workUnits.delete(unit.code(), unit.version()), "workUnit.deleted", unit.code());
    }

    public PagedLazyModel<WorkUnitView> getTable() { return table; }

    /** The unit being moved, for the move dialog's title. */
    public WorkUnitView getEditing() { return editing; }

    public List<WorkUnitView> getParentChoices() { return parentChoices; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getParentCode() { return parentCode; }

    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
}
