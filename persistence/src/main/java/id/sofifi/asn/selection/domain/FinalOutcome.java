package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;

/**
 * The final result of one application. Scores are null where the candidate has none; rank and
 * tie-break are null for TH, APS, DIS and TMS. An optimisation move (L-1, L-2) keeps the rank in the
 * candidate's own formation and names the seat's formation in {@code placedFormationCode}.
 */
public record FinalOutcome(long applicationId, String registrationNumber, FinalCode code, Integer rank,
        TieBreak tieBreak, BigDecimal skd100, BigDecimal skb100, BigDecimal finalScore,
        String placedFormationCode) implements RankedOutcome {

    /** The same outcome, moved to an empty seat of another formation (ASN-RULES.md §1.7). */
    public FinalOutcome placedIn(String formationCode, FinalCode placement) {
        if (placement != FinalCode.PLACED_SAME_LOCATION && placement != FinalCode.PLACED_OTHER_LOCATION) {
            throw new IllegalArgumentException("Not an optimisation code: " + placement);
        }
        return new FinalOutcome(applicationId, registrationNumber, placement, rank, tieBreak, skd100, skb100,
                finalScore, formationCode);
    }
}
