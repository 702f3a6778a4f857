package id.sofifi.asn.selection.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public order of the result codes of one stage: candidates without a rank, or sharing one, are listed
 * by code in the declaration order of the code's enum — the order in which {@link SkdRanking} and
 * {@link FinalRanking} hand back the unranked. SQL is given this order generated from the enum, never a copy
 * of it, so a code added to the enum has its place in every list instead of silently sorting last.
 */
final class ResultCodeOrder {
    static final ResultCodeOrder SKD = of(SkdCode.values(), SkdCode::label);
    static final ResultCodeOrder FINAL = of(FinalCode.values(), FinalCode::label);

    private final List<String> labels;

    private ResultCodeOrder(List<String> labels) {
        this.labels = labels;
    }

    private static <E extends Enum<E>> ResultCodeOrder of(E[] codes, Function<E, String> label) {
        return new ResultCodeOrder(Arrays.stream(codes).sorted().map(label).toList());
    }

    /** The labels of every code, first to last. */
    List<String> labels() {
        return labels;
    }

    /** A SQL expression for the 1-based place in this order of the label held by {@code column}. */
    String sqlPosition(String column) {
        return labels.stream().map(label -> "'" + label.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "array_position(ARRAY[", "]::varchar[], " + column + ")"));
    }
}
