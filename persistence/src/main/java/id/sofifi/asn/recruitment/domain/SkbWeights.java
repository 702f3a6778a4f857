package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;

/**
 * How CAT and the regional extra test make up SKB100 (ASN-RULES.md §1.6 [P]): a policy of the period,
 * within the bounds the regulation sets. Without an extra test CAT counts alone.
 */
public record SkbWeights(BigDecimal cat, BigDecimal extra) {
    /** ASN-RULES.md §1.6: CAT weighs at least 0.6. */
    public static final BigDecimal MIN_CAT = new BigDecimal("0.6");
    /** ASN-RULES.md §1.6: the extra test weighs at most 0.4. */
    public static final BigDecimal MAX_EXTRA = new BigDecimal("0.4");

    public SkbWeights {
        Violations v = new Violations();
        if (v.require(cat, "cat")) {
            v.check(cat.compareTo(MIN_CAT) >= 0, "cat", "validation.atLeast", MIN_CAT);
        }
        if (v.require(extra, "extra")) {
            v.check(extra.signum() >= 0 && extra.compareTo(MAX_EXTRA) <= 0, "extra", "validation.decimalRange",
                    BigDecimal.ZERO, MAX_EXTRA);
            v.check(cat == null || cat.add(extra).compareTo(BigDecimal.ONE) == 0, "extra", "skb.weightsSum");
        }
        v.throwIfAny();
    }

    public static SkbWeights of(BigDecimal cat, BigDecimal extra) {
        return new SkbWeights(cat, extra);
    }

    /** No extra test in the period. */
    public static SkbWeights catOnly() {
        return new SkbWeights(BigDecimal.ONE, BigDecimal.ZERO);
    }

    /** The seed value of ASN-RULES.md §1.6 [P] for a period with an extra test. */
    public static SkbWeights defaults() {
        return new SkbWeights(MIN_CAT, MAX_EXTRA);
    }

    public boolean hasExtra() {
        return extra.signum() > 0;
    }
}
