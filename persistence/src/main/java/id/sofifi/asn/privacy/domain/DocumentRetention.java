package id.sofifi.asn.privacy.domain;

import id.sofifi.asn.kernel.Wit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * The retention schedule of applicant documents (ASN-RULES §6, [P]): a period's documents are kept until a date an
 * administrator may change; by default two years after registration closed (V34 says why), in Sofifi's calendar.
 */
public final class DocumentRetention {
    public static final Period DEFAULT = Period.ofYears(2);

    private DocumentRetention() {
    }

    /** The default end of retention for a period whose registration closes at {@code registrationCloses}. */
    public static LocalDate defaultUntil(Instant registrationCloses) {
        return registrationCloses.atZone(Wit.ZONE).toLocalDate().plus(DEFAULT);
    }

    /** Whether documents kept until {@code retainedUntil} are due for deletion on {@code today}: the day after. */
    public static boolean expired(LocalDate retainedUntil, LocalDate today) {
        return today.isAfter(retainedUntil);
    }
}
