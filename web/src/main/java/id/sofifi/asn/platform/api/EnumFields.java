package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum-valued JSON field, reporting an unknown value with the values that are allowed. */
public final class EnumFields {
    private EnumFields() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.check(false, field, "validation.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }
}
