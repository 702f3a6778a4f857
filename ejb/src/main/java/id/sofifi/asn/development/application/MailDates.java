package id.sofifi.asn.development.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in development's mails: {@code dd MMMM yyyy} in Indonesian, as every mail of the system is. */
final class MailDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

    private MailDates() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
