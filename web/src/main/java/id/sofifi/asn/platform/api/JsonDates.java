package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads an ISO date field ({@code 2026-03-01}) of a request body or query, naming the field when it is not one.
 * A date outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} is refused too: no record of this system (a birth date, a
 * period, a service day) lies there, and a year 0 or 99999 would be stored and shown as if it meant something.
 */
public final class JsonDates {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private JsonDates() {
    }

    /** Whether the date lies in the years a record of this system can have; one outside is recorded as a violation. */
    public static boolean plausible(LocalDate date, String field, Violations v) {
        boolean plausible = date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
        v.check(plausible, field, "validation.dateYears", FIRST_YEAR, LAST_YEAR);
        return plausible;
    }

    public static LocalDate parse(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return plausible(date, field, v) ? date : null;
        } catch (DateTimeParseException e) {
            v.check(false, field, "validation.date");
            return null;
        }
    }

    public static String print(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
