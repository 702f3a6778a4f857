package id.sofifi.asn.workforce.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.EmployeeSummary;
import id.sofifi.asn.workforce.domain.EmploymentType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Daftar pegawai: the employees, filtered by work unit (an OPD includes its bidang and UPT), employment type and
 * name or NIP, sorted and paged in the database; the filtered list downloads as CSV
 * ({@link EmployeeExportServlet}).
 */
@Named
@ViewScoped
public class EmployeesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    EmployeeService employees;

    @EJB
    WorkUnitService workUnits;

    private List<WorkUnitView> unitChoices;
    private String workUnit;
    private EmploymentType employmentType;
    private String text;
    private final PagedLazyModel<EmployeeSummary> table = new PagedLazyModel<>(
            (filters, request) -> employees.search(workUnit, employmentType, text, request));

    @PostConstruct
    void init() {
        unitChoices = workUnits.tree();
    }

    public List<WorkUnitView> getUnitChoices() { return unitChoices; }

    public EmploymentType[] getTypes() { return EmploymentType.values(); }

    public PagedLazyModel<EmployeeSummary> getTable() { return table; }

    public String getWorkUnit() { return workUnit; }

    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }

    public EmploymentType getEmploymentType() { return employmentType; }

    public void setEmploymentType(EmploymentType employmentType) { this.employmentType = employmentType; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }
}
