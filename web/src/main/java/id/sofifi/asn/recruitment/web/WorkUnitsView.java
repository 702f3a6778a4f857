package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.kernel.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff screen: the work units (OPD). They are few, so the table holds them all and sorts in the browser. */
@Named
@ViewScoped
public class WorkUnitsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    WorkUnitService workUnits;

    private List<WorkUnitView> all;
    private WorkUnitView editing;
    private String code;
    private String name;

    @PostConstruct
    void reload() {
        all = workUnits.all();
    }

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
        boolean saved = editing == null
                ? UseCase.run(() -> workUnits.create(code, name), "workUnit.saved", code)
                : UseCase.run(() -> workUnits.rename(editing.code(), editing.version(), code, name), "workUnit.saved", code);
        if (saved) {
            reload();
        }
    }

    public void delete(WorkUnitView unit) {
        if (UseCase.run(() -> workUnits.delete(unit.code(), unit.version()), "workUnit.deleted", unit.code())) {
            reload();
        }
    }

    public List<WorkUnitView> getAll() {
        return all;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
