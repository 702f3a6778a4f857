package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.application.UnitCurve;
import id.sofifi.asn.performance.application.UnitCurveService;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Kurva distribusi SKP for the BKD ({@code /staff/admin/skp-curves.xhtml}): a unit's own rating of a year is recorded
 * here, and every rated unit of the year is listed with its staff's annual predicates and the bounds of ASN-RULES §2
 * they break, so the warnings are seen before the annual results are final.
 */
@Named
@ViewScoped
public class SkpCurvesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int YEARS_SHOWN = 3;

    @EJB
    UnitCurveService curves;

    @EJB
    WorkUnitService workUnits;

    /** Read once when the view is built. */
    @Inject
    transient Clock clock;

    private List<WorkUnitView> unitChoices;
    private List<Integer> years;
    private int year;
    private String workUnit;
    private Predicate rating;
    private List<UnitCurve> shown;

    @PostConstruct
    void open() {
        unitChoices = workUnits.tree();
        year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        years = IntStream.range(0, YEARS_SHOWN).mapToObj(i -> year - i).toList();
        show();
    }

    public void show() {
        shown = curves.curves(year);
    }

    public void rate() {
        if (UseCase.run(() -> curves.rate(workUnit, year, rating), "skp.unitRatingSaved", workUnit, year)) {
            show();
        }
    }

    /** How many rated units break their curve. */
    public long getWarned() {
        return shown.stream().filter(c -> !c.warnings().isEmpty()).count();
    }

    public List<UnitCurve> getShown() { return shown; }

    public List<WorkUnitView> getUnitChoices() { return unitChoices; }

    public List<Integer> getYears() { return years; }

    public Predicate[] getPredicates() { return Predicate.values(); }

    public int getYear() { return year; }

    public void setYear(int year) { this.year = year; }

    public String getWorkUnit() { return workUnit; }

    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }

    public Predicate getRating() { return rating; }

    public void setRating(Predicate rating) { this.rating = rating; }
}
