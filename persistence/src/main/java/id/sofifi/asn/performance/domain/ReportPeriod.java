package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The period a laporan evaluasi berkala covers: a whole calendar quarter (triwulan) or a whole year, from its first
 * day to its last. Any other span is refused, so two reports of one period always compare the same days.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        Violations v = new Violations();
        check(from, to, v);
        v.throwIfAny();
    }

    /** Records on {@code v}, by field {@code from} or {@code to}, why the two days are not a quarter or a year. */
    public static void check(LocalDate from, LocalDate to, Violations v) {
        boolean both = v.require(from, "from") & v.require(to, "to");
        if (!both) {
            return;
        }
        v.check(!to.isBefore(from), "to", "evaluationReport.periodReversed");
        v.check(from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0, "from",
                "evaluationReport.periodStart");
        v.check(to.equals(quarterEnd(from))
                || to.equals(from.withDayOfYear(1).plusYears(1).minusDays(1)) && from.getDayOfYear() == 1, "to",
                "evaluationReport.periodEnd");
    }

    /** The quarter that ended before {@code today}: the one the scheduled report covers on its first day after. */
    public static ReportPeriod previousQuarter(LocalDate today) {
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth(3 * (today.get(IsoFields.QUARTER_OF_YEAR) - 1) + 1);
        LocalDate from = thisQuarter.minusMonths(3);
        return new ReportPeriod(from, quarterEnd(from));
    }

    private static LocalDate quarterEnd(LocalDate from) {
        return from.plusMonths(3).minusDays(1);
    }

    /** Whether the period is a whole year (else a quarter). */
    public boolean year() {
        return from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1));
    }

    /** The quarter 1–4, or 0 for a year. */
    public int quarter() {
        return year() ? 0 : from.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The SKP period the report's predicates come from: the quarter's, or the annual assessment of the year. */
    public AssessmentPeriod assessmentPeriod() {
        return year() ? AssessmentPeriod.ANNUAL : AssessmentPeriod.values()[quarter() - 1];
    }

    /** "Triwulan II 2026" or "Tahun 2026": the period as the report's title names it. */
    public String label() {
        return year()
                ? "Tahun " + from.getYear()
                : "Triwulan " + "I II III IV".split(" ")[quarter() - 1] + " " + from.getYear();
    }
}
