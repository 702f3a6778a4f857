package id.sofifi.asn.jobs.csv;

import id.sofifi.asn.kernel.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Typed reading of CSV fields for imports. Each method records a missing or unreadable value in
 * {@code violations} under the column's name and answers null, so a row reports every bad field at once.
 */
public final class CsvFields {
    private CsvFields() {
    }

    public static LocalDate date(String text, String field, Violations violations) {
        if (!violations.require(text, field)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.check(false, field, "csv.date", text);
            return null;
        }
    }

    public static BigDecimal decimal(String text, String field, Violations violations) {
        if (!violations.require(text, field)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.check(false, field, "csv.decimal", text);
            return null;
        }
    }

    /** An optional decimal: empty stays null without a violation. */
    public static BigDecimal optionalDecimal(String text, String field, Violations violations) {
        return text == null ? null : decimal(text, field, violations);
    }

    public static Integer integer(String text, String field, Violations violations) {
        if (!violations.require(text, field)) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            violations.check(false, field, "csv.integer", text);
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(String text, Class<E> type, String field, Violations violations) {
        if (!violations.require(text, field)) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        violations.check(false, field, "csv.choice", text,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).reduce((a, b) -> a + "/" + b).orElse(""));
        return null;
    }
}
