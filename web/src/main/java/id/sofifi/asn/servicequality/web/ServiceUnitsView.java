package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.ServiceUnitView;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff screen: the service units (unit layanan), searchable, with a dialog to add one under a work unit, and links
 * to each unit's public survey and results pages.
 */
@Named
@ViewScoped
public class ServiceUnitsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ServiceUnitService units;

    @EJB
    WorkUnitService workUnits;

    private final PagedLazyModel<ServiceUnitView> table = new PagedLazyModel<>(
            (filters, request) -> units.search(filters.get("name"), request));
    private String code;
    private String name;
    private String workUnitCode;
    private Integer annualUsers;

    public void startNew() {
        code = null;
        name = null;
        workUnitCode = null;
        annualUsers = null;
    }

    public void save() {
        UseCase.run(() -> units.create(code, name, workUnitCode, annualUsers), "serviceUnit.saved", code);
    }

    /** The work units in tree order, for the choice of where the new unit belongs. */
    public List<WorkUnitView> getWorkUnits() {
        return workUnits.tree();
    }

    public PagedLazyModel<ServiceUnitView> getTable() { return table; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getWorkUnitCode() { return workUnitCode; }

    public void setWorkUnitCode(String workUnitCode) { this.workUnitCode = workUnitCode; }

    public Integer getAnnualUsers() { return annualUsers; }

    public void setAnnualUsers(Integer annualUsers) { this.annualUsers = annualUsers; }
}
