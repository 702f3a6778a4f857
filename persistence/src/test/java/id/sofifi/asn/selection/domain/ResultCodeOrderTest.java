package id.sofifi.asn.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the public order of result codes was copied into SQL as {@code ARRAY['P/L','P',…]}, where a new
 * code would have sorted last unnoticed. It is now generated from {@link SkdCode} and {@link FinalCode}.
 */
class ResultCodeOrderTest {
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    @Test
    @DisplayName("Every SKD code has a place in the order SQL is given, in declaration order (§1.5)")
    void everySkdCodeHasAPlace() {
        assertEquals(labels(SkdCode.values(), SkdCode::label), sqlLabels(ResultCodeOrder.SKD));
    }

    @Test
    @DisplayName("Every final code has a place in the order SQL is given, in declaration order (§1.6–1.7)")
    void everyFinalCodeHasAPlace() {
        assertEquals(labels(FinalCode.values(), FinalCode::label), sqlLabels(ResultCodeOrder.FINAL));
    }

    @Test
    @DisplayName("An SKD announcement's SQL order (rank, code, number) is the order SkdRanking hands back (§1.5)")
    void skdAnnouncementOrderIsTheRankingsOrder() {
        List<String> sql = sqlLabels(ResultCodeOrder.SKD);
        for (long seed = 1; seed <= 20; seed++) {
            List<SkdOutcome> ranked = SkdRanking.rank(FormationCategory.GENERAL, 3, PassingThresholds.defaults2024(),
                    Candidates.randomSkdCandidates(new Random(seed), 60));
            assertTrue(ranked.stream().anyMatch(o -> o.rank() == null), "seed " + seed + " has unranked codes");
            assertEquals(ranked, ranked.stream().sorted(
                    announced(SkdOutcome::rank, o -> sql.indexOf(o.code().label()), SkdOutcome::registrationNumber))
                    .toList(), "seed " + seed);
        }
    }

    @Test
    @DisplayName("A final announcement's SQL order (rank, code, number) is the order FinalRanking hands back (§1.6)")
    void finalAnnouncementOrderIsTheRankingsOrder() {
        List<String> sql = sqlLabels(ResultCodeOrder.FINAL);
        for (long seed = 1; seed <= 20; seed++) {
            List<FinalOutcome> ranked = FinalRanking.rank(4, Candidates.randomFinalCandidates(new Random(seed), 60));
            assertTrue(ranked.stream().anyMatch(o -> o.rank() == null), "seed " + seed + " has unranked codes");
            assertEquals(ranked, ranked.stream().sorted(
                    announced(FinalOutcome::rank, o -> sql.indexOf(o.code().label()), FinalOutcome::registrationNumber))
                    .toList(), "seed " + seed);
        }
    }

    /** The ORDER BY of an announcement within one formation, as SQL runs it: rank NULLS LAST, code, number. */
    private static <O> Comparator<O> announced(Function<O, Integer> rank, Function<O, Integer> codePosition,
            Function<O, String> number) {
        return Comparator.comparing(rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(codePosition).thenComparing(number);
    }

    private static <E extends Enum<E>> List<String> labels(E[] codes, Function<E, String> label) {
        return Arrays.stream(codes).map(label).toList();
    }

    /** The labels in the array the generated SQL expression looks codes up in, in array order. */
    private static List<String> sqlLabels(ResultCodeOrder order) {
        String sql = order.sqlPosition("r.code");
        assertTrue(sql.startsWith("array_position(ARRAY[") && sql.endsWith("]::varchar[], r.code)"), sql);
        Matcher m = LABEL.matcher(sql);
        return m.results().map(r -> r.group(1).replace("''", "'")).toList();
    }
}
