package id.sofifi.asn.development.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.Paging;

/** The {@code ?year=} of a JP year: a whole number from 1970 to 2100; absent means the current WIT year (null). */
final class JpYearParam {
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2100;

    private JpYearParam() {
    }

    static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        long number = Paging.number(year, "year");
        new Violations().check(number >= MIN_YEAR && number <= MAX_YEAR, "year", "validation.range", MIN_YEAR, MAX_YEAR)
                .throwIfAny();
        return (int) number;
    }
}
