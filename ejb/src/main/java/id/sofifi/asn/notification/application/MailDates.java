package id.sofifi.asn.notification.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in mails: {@code dd MMMM yyyy} in Indonesian, as every mail of the system is. */
public final class MailDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

    private MailDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
