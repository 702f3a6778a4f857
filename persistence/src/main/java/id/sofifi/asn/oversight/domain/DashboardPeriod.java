package id.sofifi.asn.oversight.domain;

import java.time.LocalDate;

/**
 * The period the public complaint dashboard (dasbor pengaduan) counts: a year or one quarter (triwulan) of it, both
 * ends included; a period that has not ended yet stops at today, so this year reads "so far".
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {
    /** Quarter 0 stands for the whole year. */
    public static final int WHOLE_YEAR = 0;

    /**
     * The year (quarter {@link #WHOLE_YEAR}) or its quarter 1–4, ending at {@code today} when it runs past it. A
     * quarter outside 0–4 reads as the whole year.
     */
    public static DashboardPeriod of(int year, int quarter, LocalDate today) {
        boolean inYear = quarter >= 1 && quarter <= 4;
        LocalDate from = LocalDate.of(year, inYear ? 3 * quarter - 2 : 1, 1);
        LocalDate end = inYear ? from.plusMonths(3).minusDays(1) : LocalDate.of(year, 12, 31);
        return new DashboardPeriod(from, end.isAfter(today) && !from.isAfter(today) ? today : end);
    }

    /** The default: from 1 January of this year to today. */
    public static DashboardPeriod thisYearSoFar(LocalDate today) {
        return of(today.getYear(), WHOLE_YEAR, today);
    }
}
