package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.ComplianceLine;
import id.sofifi.asn.development.application.ComplianceService;
import id.sofifi.asn.development.application.UnitCompliance;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Kepatuhan JP: for the BKD, per unit of the chosen one (its bidang and UPT included) and year, how many employees
 * met their JP, the shortfall and the overdue Latsar, a chart of the JP earned against the JP owed, and each
 * employee's line, paged in the database; the employee lines download as CSV or XLSX
 * ({@link ComplianceExportServlet}).
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int YEARS_SHOWN = 5;

    @EJB
    ComplianceService compliance;

    @EJB
    WorkUnitService workUnits;

    @Inject
    Clock clock;

    private List<WorkUnitView> unitChoices;
    private List<Integer> years;
    private int year;
    private String workUnit;
    private List<UnitCompliance> units;
    private String chart;
    private final PagedLazyModel<ComplianceLine> table = new PagedLazyModel<>(
            (filters, request) -> compliance.employees(year, workUnit, request));

    @PostConstruct
    void init() {
        unitChoices = workUnits.tree();
        year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        years = IntStream.range(0, YEARS_SHOWN).mapToObj(i -> year - i).toList();
        show();
    }

    /** Reads the summary of the chosen unit and year; the table reads its pages itself. */
    public void show() {
        units = compliance.units(year, workUnit);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        chart = ComplianceChart.of(units, Texts.text(locale, "compliance.averageEarned"),
                Texts.text(locale, "compliance.averageRequired"));
    }

    public List<WorkUnitView> getUnitChoices() { return unitChoices; }

    public List<Integer> getYears() { return years; }

    public int getYear() { return year; }

    public void setYear(int year) { this.year = year; }

    public String getWorkUnit() { return workUnit; }

    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }

    public List<UnitCompliance> getUnits() { return units; }

    public String getChart() { return chart; }

    public PagedLazyModel<ComplianceLine> getTable() { return table; }
}
