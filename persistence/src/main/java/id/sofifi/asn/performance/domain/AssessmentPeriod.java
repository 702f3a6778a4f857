package id.sofifi.asn.performance.domain;

import java.time.LocalDate;

/**
 * The period an assessment covers (ASN-RULES §2): a quarter (triwulan, the default periodic cycle [P]) or the year
 * (penilaian tahunan).
 */
public enum AssessmentPeriod {
    Q1, Q2, Q3, Q4, ANNUAL;

    private static final int QUARTER_MONTHS = 3;

    /** The period's first day in {@code year}. */
    public LocalDate start(int year) {
        return LocalDate.of(year, this == ANNUAL ? 1 : QUARTER_MONTHS * ordinal() + 1, 1);
    }

    /** The period's last day in {@code year}. */
    public LocalDate end(int year) {
        return start(year).plusMonths(this == ANNUAL ? 12 : QUARTER_MONTHS).minusDays(1);
    }
}
