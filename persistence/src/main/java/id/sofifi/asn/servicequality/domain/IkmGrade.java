package id.sofifi.asn.servicequality.domain;

import java.math.BigDecimal;

/**
 * Mutu pelayanan (ASN-RULES §3) by the converted value rounded to 2 decimals: D 25.00–64.99, C 65.00–76.60, B
 * 76.61–88.30, A 88.31–100.00; each with the unit's kinerja as the decree words it.
 */
public enum IkmGrade {
    D("Tidak Baik", "64.99"), C("Kurang Baik", "76.60"), B("Baik", "88.30"), A("Sangat Baik", "100.00");

    private final String performance;
    private final BigDecimal upTo;

    IkmGrade(String performance, String upTo) {
        this.performance = performance;
        this.upTo = new BigDecimal(upTo);
    }

    /** Kinerja unit pelayanan, e.g. "Baik": the API answers it in the decree's words. */
    public String performance() {
        return performance;
    }

    /** The grade of a converted value already rounded to 2 decimals (25.00–100.00). */
    public static IkmGrade of(BigDecimal converted) {
        for (IkmGrade grade : values()) {
            if (converted.compareTo(grade.upTo) <= 0) {
                return grade;
            }
        }
        throw new IllegalArgumentException("converted value above 100: " + converted);
    }
}
