package id.sofifi.asn.selection.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds.ThresholdCheck;
import java.math.BigDecimal;
import java.util.List;

/**
 * Why an applicant stands where they stand: their scores against the thresholds of their category,
 * their rank and code, the tie-break that separated them from the one above, and the scores of the last
 * person who proceeded (SKD) or passed (final) in their formation. Parts are null until that stage ran.
 */
public record Explanation(String registrationNumber, String fullName, String formationCode, String position,
        FormationCategory category, int quota, SkdPart skd, FinalPart result) implements Serializable {

    /** The SKD stage (§1.3–1.5). {@code lastProceeding} is the score of the lowest-ranked P/L of the formation. */
    public record SkdPart(String attendance, Integer twk, Integer tiu, Integer tkp, List<ThresholdCheck> checks,
            String code, Integer rank, String tieBreak, int cutOff, Cutoff lastProceeding) implements Serializable {
        public Integer total() {
            return twk == null ? null : twk + tiu + tkp;
        }
    }

    /** The final stage (§1.6–1.7). */
    public record FinalPart(BigDecimal skd100, BigDecimal skb100, BigDecimal finalScore, String code, Integer rank,
            String tieBreak, String placedFormationCode, Cutoff lastPassed) implements Serializable {
    }

    /** The last one in: their rank and score (SKD total, or FINAL). */
    public record Cutoff(int rank, BigDecimal score, Integer twk, Integer tiu, Integer tkp) implements Serializable {
    }
}
