package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.DueReminder;
import id.sofifi.asn.development.domain.DueReminders;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.development.domain.LatsarDeadline;
import id.sofifi.asn.development.domain.ReminderLog;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reminders (pengingat) by mail through the outbox: to a CPNS before the Latsar due date (within 60, 30 and 7
 * days) while no Latsar is completed, and from 1 October to everyone whose JP ledger of the year shows a shortfall
 * (ASN-RULES §4; which one is due when is {@link DueReminders}). Each reminder goes out once: it is noted in
 * reminder_sent before its mail is queued, in the same transaction, and only the call that noted it queues it.
 *
 * <p>Only the employee is written to: there is no model of a work unit's head (kepala OPD) yet, so their superior
 * is not copied. Employees without an e-mail address are skipped and not noted, so they get the reminder once an
 * address is recorded. Run daily by {@link ReminderSchedule}; an administrator may run it at once from the
 * trainings screen or the API.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReminderService {
    @Inject
    EmployeeDirectory employees;

    @Inject
    TrainingRecordRepository records;

    @Inject
    ReminderLog log;

    @Inject
    OutboxService outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Sends the reminders due on {@code today} (a WIT date) that were not sent before; answers how many. */
    public int sendDue(LocalDate today) {
        Map<String, Jp> earned = records.earnedInYear(today.getYear(), null);
        Map<String, LocalDate> latsarDone = records.latsarCompletions(null);
        int sent = 0;
        for (EmployeeFacts employee : employees.withEmail()) {
            Optional<LocalDate> latsarDue = LatsarDeadline.dueOn(employee.employmentType(), employee.appointedOn());
            JpLedger ledger = JpLedger.of(employee.appointedOn(), today.getYear(),
                    List.of(earned.getOrDefault(employee.nip(), Jp.ZERO)));
            Optional<DueReminder> latsar = DueReminders.latsar(latsarDue,
                    Optional.ofNullable(latsarDone.get(employee.nip())), today);
            Optional<DueReminder> jp = DueReminders.jpShortfall(ledger, today);
            if (latsar.isPresent()
                    && send(employee, latsar.get(), ReminderMail.latsar(employee, latsarDue.get(), today))) {
                sent++;
            }
            if (jp.isPresent() && send(employee, jp.get(), ReminderMail.jpShortfall(employee, ledger))) {
                sent++;
            }
        }
        if (sent > 0) {
            audit.recordAs(actor(), "reminders.sent", "Reminder", today.toString(), null, sent,
                    sent + " pengingat Latsar/JP dikirim untuk tanggal " + today);
        }
        return sent;
    }

    /** {@link #sendDue} for today in WIT, by the injected clock. */
    public int sendDueToday() {
        return sendDue(LocalDate.now(clock.withZone(Wit.ZONE)));
    }

    /** Who sent: the administrator who pressed the button, or the system for the daily run (run-as, no user). */
    private String actor() {
        String caller = session.getCallerPrincipal().getName();
        return "anonymous".equals(caller) ? "system" : caller;
    }

    private boolean send(EmployeeFacts employee, DueReminder reminder, ReminderMail mail) {
        if (!log.markSent(employee.nip(), reminder, clock.instant())) {
            return false;
        }
        outbox.queue(employee.email(), mail.subject(), mail.body());
        return true;
    }
}
