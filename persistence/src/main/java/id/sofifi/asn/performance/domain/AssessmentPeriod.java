package id.sofifi.asn.performance.domain;

/**
 * The period an assessment covers (ASN-RULES §2): a quarter (triwulan, the default periodic cycle [P]) or the year
 * (penilaian tahunan).
 */
public enum AssessmentPeriod {
    Q1, Q2, Q3, Q4, ANNUAL
}
