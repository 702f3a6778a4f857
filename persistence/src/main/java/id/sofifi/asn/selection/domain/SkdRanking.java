package id.sofifi.asn.selection.domain;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Who proceeds from SKD to SKB in one formation (ASN-RULES.md §1.4–1.5). */
public final class SkdRanking {
    /** ASN-RULES.md §1.5: at most three times the quota proceed, save for full ties at the cut-off. */
    public static final int PROCEED_PER_SEAT = 3;

    private SkdRanking() {
    }

    public static int cutOff(int quota) {
        return PROCEED_PER_SEAT * Seats.atLeastOne(quota);
    }

    /**
     * Codes every applicant of a formation: DIS, TH, TL below the category's thresholds, and for those
     * who pass, a rank by {@link RankingOrder#SKD} with P/L for the first {@link #cutOff(int)} and for
     * anyone fully tied with the last of them, P for the rest. Ranked applicants come first in rank order,
     * then TL, TH and DIS, each by registration number; the input order does not matter.
     */
    public static List<SkdOutcome> rank(FormationCategory category, int quota, PassingThresholds thresholds,
            Collection<SkdCandidate> candidates) {
        int cutOff = cutOff(quota);
        RankingOrder.requireDistinct(candidates);
        List<SkdCandidate> passing = new ArrayList<>();
        List<SkdOutcome> unranked = new ArrayList<>();
        for (SkdCandidate c : candidates) {
            if (c.attendance() == Attendance.PRESENT && passes(category, thresholds, c.skd())) {
                passing.add(c);
            } else {
                unranked.add(new SkdOutcome(c.applicationId(), c.registrationNumber(), unrankedCode(c), null, null));
            }
        }
        passing.sort(RankingOrder.SKD.comparator());
        List<Integer> ranks = RankingOrder.SKD.ranks(passing);
        List<TieBreak> tieBreaks = RankingOrder.SKD.tieBreaks(passing);
        List<SkdOutcome> outcomes = new ArrayList<>(candidates.size());
        for (int i = 0; i < passing.size(); i++) {
            SkdCandidate c = passing.get(i);
            // A rank never exceeds the position, and one placed beyond the cut-off keeps a rank within it
            // only by sharing the rank of the last one inside: so rank ≤ cut-off is exactly the §1.5 rule.
            SkdCode code = ranks.get(i) <= cutOff ? SkdCode.PROCEEDS : SkdCode.PASSES;
            outcomes.add(
                    new SkdOutcome(c.applicationId(), c.registrationNumber(), code, ranks.get(i), tieBreaks.get(i)));
        }
        unranked.sort(Comparator.comparing(SkdOutcome::code).thenComparing(SkdOutcome::registrationNumber));
        outcomes.addAll(unranked);
        return outcomes;
    }

    private static boolean passes(FormationCategory category, PassingThresholds thresholds, SkdScore skd) {
        return thresholds.passes(category, skd.twk(), skd.tiu(), skd.tkp());
    }

    private static SkdCode unrankedCode(SkdCandidate c) {
        return switch (c.attendance()) {
            case PRESENT -> SkdCode.BELOW_THRESHOLD;
            case ABSENT -> SkdCode.ABSENT;
            case DISQUALIFIED -> SkdCode.DISQUALIFIED;
        };
    }
}
