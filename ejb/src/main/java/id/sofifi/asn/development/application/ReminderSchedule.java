package id.sofifi.asn.development.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Sends the due reminders every day at 07:00 WIT, at the start of the working day in Sofifi. Not persistent: a day
 * the server was down is caught up the next day, because a reminder is due for a whole window, not on one day. It
 * runs with the administrator's role, the role of the use case. On several servers each one runs it; the
 * reminder_sent key makes sure only one mail goes out.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ReminderSchedule {
    @EJB
    ReminderService reminders;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Jayapura", persistent = false)
    void daily() {
        reminders.sendDueToday();
    }
}
