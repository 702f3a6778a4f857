package id.sofifi.asn.development.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminders an employee is due on a day (a WIT date), ASN-RULES §4.
 *
 * <p>Latsar: a reminder is due once when the due date is within 60 days, once within 30 and once within 7, not on
 * exactly those days, so a day the job did not run still gets its reminder the next day. On one day only the
 * narrowest window that applies is due: an employee first seen 20 days before the date gets the 30-day reminder,
 * not the 60-day one as well. Nothing once a Latsar is completed or after the due date (then it is overdue, which
 * the compliance report shows).
 *
 * <p>JP: in the last quarter of the year (from 1 October) an employee whose ledger of that year shows a shortfall
 * is due one reminder for the year.
 */
public final class DueReminders {
    /** The first day of the last quarter, from which a JP shortfall is reminded. */
    public static final MonthDay LAST_QUARTER = MonthDay.of(10, 1);
    private static final List<ReminderKind> LATSAR_NARROWEST_FIRST = List.of(ReminderKind.LATSAR_7,
            ReminderKind.LATSAR_30, ReminderKind.LATSAR_60);

    private DueReminders() {
    }

    public static Optional<DueReminder> latsar(Optional<LocalDate> dueOn, Optional<LocalDate> completedOn,
            LocalDate today) {
        if (dueOn.isEmpty() || completedOn.isPresent() || today.isAfter(dueOn.get())) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn.get());
        return LATSAR_NARROWEST_FIRST.stream().filter(k -> daysLeft <= k.daysBefore()).findFirst()
                .map(k -> new DueReminder(k, dueOn.get().toString()));
    }

    /** The JP reminder of {@code ledger}'s year, when that year is the current one and its last quarter began. */
    public static Optional<DueReminder> jpShortfall(JpLedger ledger, LocalDate today) {
        boolean lastQuarter = today.getYear() == ledger.year() && !MonthDay.from(today).isBefore(LAST_QUARTER);
        return lastQuarter && ledger.shortfall().compareTo(Jp.ZERO) > 0
                ? Optional.of(new DueReminder(ReminderKind.JP_SHORTFALL, String.valueOf(ledger.year())))
                : Optional.empty();
    }
}
