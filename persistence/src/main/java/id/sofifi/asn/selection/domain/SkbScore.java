package id.sofifi.asn.selection.domain;

import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.util.List;

/**
 * One applicant's raw SKB scores (ASN-RULES.md §1.6): the CAT test, and the regional extra test when the
 * period has one. Each is a raw score out of its own maximum; both extra columns are filled or neither.
 */
public record SkbScore(BigDecimal catScore, BigDecimal catMax, BigDecimal extraScore, BigDecimal extraMax) {

    public SkbScore {
        violations(catScore, catMax, extraScore, extraMax).throwIfAny();
    }

    public static SkbScore of(BigDecimal catScore, BigDecimal catMax, BigDecimal extraScore, BigDecimal extraMax) {
        return new SkbScore(catScore, catMax, extraScore, extraMax);
    }

    /** What is wrong with a row, without throwing: the import reports a bad row and goes on. */
    public static List<Violation> check(BigDecimal catScore, BigDecimal catMax, BigDecimal extraScore,
            BigDecimal extraMax) {
        return violations(catScore, catMax, extraScore, extraMax).found();
    }

    public boolean hasExtra() {
        return extraScore != null;
    }

    private static Violations violations(BigDecimal catScore, BigDecimal catMax, BigDecimal extraScore,
            BigDecimal extraMax) {
        Violations v = new Violations();
        scoreOutOf(v, catScore, "cat_score", catMax, "cat_max");
        if (extraScore != null || extraMax != null) {
            scoreOutOf(v, extraScore, "extra_score", extraMax, "extra_max");
        }
        return v;
    }

    private static void scoreOutOf(Violations v, BigDecimal score, String scoreField, BigDecimal max, String maxField) {
        boolean maxUsable = v.require(max, maxField) && max.signum() > 0;
        v.check(max == null || max.signum() > 0, maxField, "validation.positive");
        if (v.require(score, scoreField) && maxUsable) {
            v.check(score.signum() >= 0 && score.compareTo(max) <= 0, scoreField, "validation.decimalRange",
                    BigDecimal.ZERO, max);
        }
    }
}
