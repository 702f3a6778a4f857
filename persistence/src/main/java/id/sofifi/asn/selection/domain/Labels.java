package id.sofifi.asn.selection.domain;

import java.util.Arrays;
import java.util.function.Function;

/** Reads a result code back from the label that announcements and the API show. */
final class Labels {
    private Labels() {
    }

    static <E extends Enum<E>> E byLabel(E[] values, Function<E, String> label, String text) {
        return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown result code " + text));
    }
}
