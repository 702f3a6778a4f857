package id.sofifi.asn.selection.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Who passes in one formation (ASN-RULES.md §1.6). */
public final class FinalRanking {
    private FinalRanking() {
    }

    /**
     * Ranks the candidates present at SKB by {@link RankingOrder#FINAL}; the best {@code quota} pass (L),
     * the rest fail (TL). Absent is TH, withdrawn APS, disqualified DIS, not eligible TMS, all unranked.
     * Ranked candidates come first in rank order, then TH, APS, DIS and TMS, each by registration number;
     * the input order does not matter.
     *
     * <p>"The best quota pass" leaves no room for more winners than seats, unlike the SKD cut-off. The
     * tie-break chain ends with the older applicant, so a full tie across the last seat needs the same
     * birth date too; should it still happen, the earlier registration number (the last key of the total
     * order) takes the seat, and both keep the shared rank — the one left out shows tie-break
     * {@link TieBreak#NONE} with code TL.
     */
    public static List<FinalOutcome> rank(int quota, Collection<FinalCandidate> candidates) {
        Seats.atLeastOne(quota);
        RankingOrder.requireDistinct(candidates);
        List<FinalCandidate> present = new ArrayList<>();
        List<FinalOutcome> unranked = new ArrayList<>();
        for (FinalCandidate c : candidates) {
            if (c.status() == FinalStatus.PRESENT) {
                present.add(c);
            } else {
                unranked.add(outcome(c, unrankedCode(c.status()), null, null));
            }
        }
        present.sort(RankingOrder.FINAL.comparator());
        List<Integer> ranks = RankingOrder.FINAL.ranks(present);
        List<TieBreak> tieBreaks = RankingOrder.FINAL.tieBreaks(present);
        List<FinalOutcome> outcomes = new ArrayList<>(candidates.size());
        for (int i = 0; i < present.size(); i++) {
            FinalCode code = i < quota ? FinalCode.PASSED : FinalCode.FAILED;
            outcomes.add(outcome(present.get(i), code, ranks.get(i), tieBreaks.get(i)));
        }
        unranked.sort(Comparator.comparing(FinalOutcome::code).thenComparing(FinalOutcome::registrationNumber));
        outcomes.addAll(unranked);
        return outcomes;
    }

    private static FinalOutcome outcome(FinalCandidate c, FinalCode code, Integer rank, TieBreak tieBreak) {
        return new FinalOutcome(c.applicationId(), c.registrationNumber(), code, rank, tieBreak,
                c.skd() == null ? null : FinalScore.skd100(c.skd().total()), c.skb100(), c.finalScore(), null);
    }

    private static FinalCode unrankedCode(FinalStatus status) {
        return switch (status) {
            case ABSENT -> FinalCode.ABSENT;
            case WITHDRAWN -> FinalCode.WITHDRAWN;
            case DISQUALIFIED -> FinalCode.DISQUALIFIED;
            case NOT_ELIGIBLE -> FinalCode.NOT_ELIGIBLE;
            case PRESENT -> throw new IllegalArgumentException("A present candidate is ranked");
        };
    }
}
