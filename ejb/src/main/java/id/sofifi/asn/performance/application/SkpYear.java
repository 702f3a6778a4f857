package id.sofifi.asn.performance.application;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.SkpPlan;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The years SKP is planned and rated for: from the first ({@link SkpPlan#FIRST_YEAR}) to the next year, whose plan an
 * official may set before it begins.
 */
final class SkpYear {
    private SkpYear() {
    }

    /** The year, refused by field {@code year} outside the range. */
    static int check(int year, Clock clock) {
        int last = LocalDate.now(clock.withZone(Wit.ZONE)).getYear() + 1;
        new Violations()
                .check(year >= SkpPlan.FIRST_YEAR && year <= last, "year", "validation.range", SkpPlan.FIRST_YEAR, last)
                .throwIfAny();
        return year;
    }
}
