package id.sofifi.asn.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The one ordering of candidates within a formation, used by the ranking jobs and by every preview so
 * that a list is never sorted two ways. Better candidates come first. After the rule keys it falls back
 * to the registration number, which no rule names: it only makes the order total, so the same
 * candidates always come out in the same order, byte for byte.
 */
public final class RankingOrder {
    /** ASN-RULES.md §1.5: SKD total, then TKP, TIU, TWK, each higher first. */
    public static final RankingOrder SKD = new RankingOrder(
            List.of(higherSkd(TieBreak.SKD_TOTAL, SkdScore::total), higherSkd(TieBreak.TKP, SkdScore::tkp),
                    higherSkd(TieBreak.TIU, SkdScore::tiu), higherSkd(TieBreak.TWK, SkdScore::twk)));

    /**
     * ASN-RULES.md §1.6: FINAL, then the SKD keys of §1.5, then higher GPA, then the older applicant.
     * A missing GPA ranks below any GPA.
     */
    public static final RankingOrder FINAL = new RankingOrder(List.of(
            new Key(TieBreak.FINAL_SCORE, Comparator.comparing(Ranked::finalScore, Comparator.reverseOrder())),
            higherSkd(TieBreak.SKD_TOTAL, SkdScore::total), higherSkd(TieBreak.TKP, SkdScore::tkp),
            higherSkd(TieBreak.TIU, SkdScore::tiu), higherSkd(TieBreak.TWK, SkdScore::twk),
            new Key(TieBreak.GPA,
                    Comparator.comparing(Ranked::gpa, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))),
            new Key(TieBreak.AGE, Comparator.comparing(Ranked::birthDate))));

    private record Key(TieBreak tieBreak, Comparator<Ranked> betterFirst) {
    }

    private final List<Key> keys;
    private final Comparator<Ranked> comparator;

    private RankingOrder(List<Key> keys) {
        this.keys = keys;
        this.comparator = keys.stream().map(Key::betterFirst).reduce(Comparator::thenComparing).orElseThrow()
                .thenComparing(Ranked::registrationNumber);
    }

    private static Key higherSkd(TieBreak tieBreak, ToIntFunction<SkdScore> score) {
        return new Key(tieBreak, Comparator.comparingInt((Ranked r) -> score.applyAsInt(r.skd())).reversed());
    }

    /** A total order: the rule keys, then the registration number ascending. */
    public Comparator<Ranked> comparator() {
        return comparator;
    }

    /** Whether no rule key separates the two: they share a rank. The registration number does not count. */
    public boolean tied(Ranked a, Ranked b) {
        return decidingKey(a, b) == TieBreak.NONE;
    }

    /** The first rule key on which the two differ, or {@link TieBreak#NONE}. */
    public TieBreak decidingKey(Ranked above, Ranked below) {
        return keys.stream().filter(k -> k.betterFirst().compare(above, below) != 0).map(Key::tieBreak).findFirst()
                .orElse(TieBreak.NONE);
    }

    /**
     * Competition ranks (1, 2, 2, 4) of a list already sorted by {@link #comparator()} (API-CONTRACT.md,
     * Selection): a candidate tied with the one above shares its rank, the next one takes its position.
     */
    public List<Integer> ranks(List<? extends Ranked> sorted) {
        List<Integer> ranks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean sharesRank = i > 0 && tied(sorted.get(i - 1), sorted.get(i));
            ranks.add(sharesRank ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }

    /** For each candidate of a sorted list, the key that separated it from the one above; null for the first. */
    public List<TieBreak> tieBreaks(List<? extends Ranked> sorted) {
        List<TieBreak> tieBreaks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            tieBreaks.add(i == 0 ? null : decidingKey(sorted.get(i - 1), sorted.get(i)));
        }
        return tieBreaks;
    }

    /**
     * The fallback on the registration number orders only distinct numbers (issued once per application,
     * ASN-RULES.md §1.1); a duplicate would let the input order leak into the result.
     */
    static void requireDistinct(Collection<? extends Ranked> candidates) {
        var seen = new HashSet<String>();
        for (Ranked c : candidates) {
            if (!seen.add(c.registrationNumber())) {
                throw new IllegalArgumentException(
                        "Registration number twice in one ranking: " + c.registrationNumber());
            }
        }
    }
}
