package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads an ISO date field ({@code 2026-03-01}) of a request body or query, naming the field when it is not one.
 */
public final class JsonDates {
    private JsonDates() {
    }

    public static LocalDate parse(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.check(false, field, "validation.date");
            return null;
        }
    }

    public static String print(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
