package id.sofifi.asn.development.domain;

/**
 * The reminders (pengingat) development mails to an employee: three before a CPNS's Latsar due date, when it is
 * within 60, 30 and 7 days, and one in the last quarter of a year with a JP shortfall.
 */
public enum ReminderKind {
    LATSAR_60(60), LATSAR_30(30), LATSAR_7(7), JP_SHORTFALL(0);

    private final int daysBefore;

    ReminderKind(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    /** For a Latsar reminder, the window it opens: the due date is at most this many days ahead. */
    public int daysBefore() {
        return daysBefore;
    }
}
