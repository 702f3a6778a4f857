package id.sofifi.asn.development.api;

import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads an ISO date field ({@code 2026-03-01}) of a request body, naming the field when it is not one. */
final class JsonDates {
    private JsonDates() {
    }

    static LocalDate parse(String text, String field, Violations v) {
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

    static String print(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
