package id.sofifi.asn.selection.domain;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.recruitment.domain.SkbWeights;
import id.sofifi.asn.recruitment.domain.SkdMaxima;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The 0–100 scores and the final score of ASN-RULES.md §1.6, in exact decimals: only a division rounds,
 * to {@value #SCALE} fractional digits, so candidates who are really tied compare equal (S10), which
 * floating point would break. Round with {@link #display(BigDecimal)} only to show a score.
 */
public final class FinalScore {
    /** ASN-RULES.md §1.6: FINAL = 0.4 · SKD100 + 0.6 · SKB100. */
    public static final BigDecimal SKD_WEIGHT = new BigDecimal("0.4");
    /** ASN-RULES.md §1.6: FINAL = 0.4 · SKD100 + 0.6 · SKB100. */
    public static final BigDecimal SKB_WEIGHT = new BigDecimal("0.6");
    /** ASN-RULES.md §1.6 asks for at least 10 digits. */
    public static final int SCALE = 10;

    public static final int DISPLAY_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinalScore() {
    }

    /** SKD100 = SKD total / 550 × 100. */
    public static BigDecimal skd100(int skdTotal) {
        return outOf100(BigDecimal.valueOf(skdTotal), BigDecimal.valueOf(SkdMaxima.TOTAL));
    }

    /**
     * SKB100: CAT100 alone, or wCat · CAT100 + wExtra · EXTRA100 when the period has an extra test. A row
     * must have the extra test exactly when the period does.
     */
    public static BigDecimal skb100(SkbScore score, SkbWeights weights) {
        if (weights.hasExtra() != score.hasExtra()) {
            String messageKey = weights.hasExtra() ? "validation.required" : "skb.noExtraTest";
            throw new ValidationFailure(List.of(new Violation("extra_score", messageKey, List.of())));
        }
        BigDecimal cat100 = outOf100(score.catScore(), score.catMax());
        if (!weights.hasExtra()) {
            return cat100;
        }
        return weights.cat().multiply(cat100)
                .add(weights.extra().multiply(outOf100(score.extraScore(), score.extraMax())));
    }

    /** FINAL = 0.4 · SKD100 + 0.6 · SKB100, exact: it has no division. */
    public static BigDecimal finalScore(BigDecimal skd100, BigDecimal skb100) {
        return SKD_WEIGHT.multiply(skd100).add(SKB_WEIGHT.multiply(skb100));
    }

    /** Two decimals, half up, as announcements show scores (ASN-RULES.md §1.6). */
    public static BigDecimal display(BigDecimal score) {
        return score.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal outOf100(BigDecimal raw, BigDecimal max) {
        return raw.multiply(HUNDRED).divide(max, SCALE, RoundingMode.HALF_UP);
    }
}
