package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;

/**
 * A {@code ?year=} of a yearly record (a JP year, an SKP year): a whole number from 1970 to 2100; absent means null,
 * which each resource reads as it documents (development: the current WIT year; performance: every year).
 */
public final class YearParam {
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2100;

    private YearParam() {
    }

    public static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        long number = Paging.number(year, "year");
        new Violations().check(number >= MIN_YEAR && number <= MAX_YEAR, "year", "validation.range", MIN_YEAR, MAX_YEAR)
                .throwIfAny();
        return (int) number;
    }
}
