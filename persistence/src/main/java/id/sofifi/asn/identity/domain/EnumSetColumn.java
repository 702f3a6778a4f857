package id.sofifi.asn.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of enum constants as one comma-separated column, in declaration order: what {@link RoleSetConverter} and
 * {@link ApiScopeSetConverter} store. A helper rather than a common converter superclass: EclipseLink reads a
 * converter's types from the interface its own class declares (eclipse-ee4j/eclipselink#2060).
 */
final class EnumSetColumn {
    private EnumSetColumn() {
    }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(name -> Enum.valueOf(type, name))
                    .forEach(values::add);
        }
        return values;
    }
}
