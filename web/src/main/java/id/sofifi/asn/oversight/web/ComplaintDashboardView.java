package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.application.ComplaintDashboard;
import id.sofifi.asn.oversight.application.ComplaintStatistics;
import id.sofifi.asn.oversight.domain.ComplaintTally;
import id.sofifi.asn.oversight.domain.DashboardPeriod;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The public complaint dashboard ({@code /lapor/dasbor.xhtml?tahun=&triwulan=&unit=}): a year or a quarter of it
 * (this year so far by default), the province or one unit; per unit below it received, settled, on time, overdue and
 * the median working days to follow-up, with bars. A year, quarter or unit that does not parse falls back to the
 * default, as on the other public pages; an unknown unit code is said in words.
 */
@Named
@RequestScoped
public class ComplaintDashboardView {
    /** How many years back the year choice reaches. */
    private static final int YEARS_SHOWN = 5;

    @EJB
    ComplaintStatistics statistics;

    @EJB
    WorkUnitService workUnits;

    @Inject
    Clock clock;

    @Inject
    LocaleView language;

    private String tahun;
    private String triwulan;
    private String unit;
    private ComplaintDashboard dashboard;
    private String error;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        int year = number(tahun, today.getYear());
        int quarter = number(triwulan, DashboardPeriod.WHOLE_YEAR);
        if (quarter < DashboardPeriod.WHOLE_YEAR || quarter > 4) {
            quarter = DashboardPeriod.WHOLE_YEAR;
        }
        if (year < today.getYear() - YEARS_SHOWN || year > today.getYear()) {
            year = today.getYear();
        }
        tahun = String.valueOf(year);
        triwulan = String.valueOf(quarter);
        DashboardPeriod period = DashboardPeriod.of(year, quarter, today);
        try {
            dashboard = statistics.dashboard(unit, period.from(), period.to());
        } catch (ValidationFailure e) {
            error = e.violations().stream().map(v -> Texts.of(language.getLocale(), v))
                    .collect(Collectors.joining("; "));
        }
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The years to choose from, this one first. */
    public List<String> getYears() {
        int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        return IntStream.rangeClosed(0, YEARS_SHOWN).mapToObj(back -> String.valueOf(year - back)).toList();
    }

    /** 0 (the whole year) and the quarters 1–4. */
    public List<String> getQuarters() {
        return IntStream.rangeClosed(DashboardPeriod.WHOLE_YEAR, 4).mapToObj(String::valueOf).toList();
    }

    /** The organisation tree for the unit choice, each parent before its bidang. */
    public List<WorkUnitView> getUnits() {
        return workUnits.tree();
    }

    /** A row's bar length in percent of the busiest row. */
    public long receivedBar(ComplaintTally tally) {
        return Math.round(100.0 * tally.received() / dashboard.mostReceived());
    }

    /** The settled share of a row's bar, in percent of what it received. */
    public long settledBar(ComplaintTally tally) {
        return tally.received() == 0 ? 0 : Math.round(100.0 * tally.settled() / tally.received());
    }

    public ComplaintDashboard getDashboard() { return dashboard; }

    /** Why the dashboard cannot be shown (an unknown unit), in the reader's language. */
    public String getError() {
        return error;
    }

    public String getTahun() { return tahun; }

    public void setTahun(String tahun) { this.tahun = tahun; }

    public String getTriwulan() { return triwulan; }

    public void setTriwulan(String triwulan) { this.triwulan = triwulan; }

    public String getUnit() { return unit; }

    public void setUnit(String unit) { this.unit = unit; }
}
