package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.Wit;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Tahun JP: a training counts in the calendar year, in WIT, of its completion date (ASN-RULES §4). A completion
 * date typed by staff is already a WIT date; a moment (a completion recorded "now") is read in WIT first.
 */
public final class JpYear {
    private JpYear() {
    }

    public static int of(LocalDate completedOn) {
        return completedOn.getYear();
    }

    public static int of(Instant completedAt) {
        return of(LocalDate.ofInstant(completedAt, Wit.ZONE));
    }

    public static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
