package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.DueReminder;
import id.sofifi.asn.development.domain.DueReminders;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.development.domain.LatsarDeadline;
import id.sofifi.asn.development.domain.ReminderLog;
import id.sofifi.asn.development.domain.ReminderRecipient;
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
 * (ASN-RULES §4; which one is due when is {@link DueReminders}). Each reminder goes to the employee and a copy
 * (tembusan) to their head, the head of their work unit or of the nearest unit above it that has one, as workforce's
 * {@link EmployeeDirectory#headsOf} answers (never the employee themself).
 *
 * <p>Each copy goes out once: it is noted in reminder_sent under the employee's NIP, the reminder and the recipient
 * (employee or head) before its mail is queued, in the same transaction, and only the call that noted it queues it.
 * A head who takes over later does not get the copies their predecessor got. Employees without an e-mail address
 * are skipped (their head's copy too) and not noted, so both go out once an address is recorded; likewise a head's
 * copy waits for the head's address. Run daily by {@link ReminderSchedule}; an administrator may run it at once from
 * the trainings screen or the API.
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
        List<EmployeeFacts> staff = employees.withEmail();
        Map<String, EmployeeFacts> heads = employees.headsOf(staff);
        int sent = 0;
        for (EmployeeFacts employee : staff) {
            Optional<EmployeeFacts> head = Optional.ofNullable(heads.get(employee.nip()));
            Optional<LocalDate> latsarDue = LatsarDeadline.dueOn(employee.employmentType(), employee.appointedOn());
            JpLedger ledger = JpLedger.of(employee.appointedOn(), today.getYear(),
                    List.of(earned.getOrDefault(employee.nip(), Jp.ZERO)));
            Optional<DueReminder> latsar = DueReminders.latsar(latsarDue,
                    Optional.ofNullable(latsarDone.get(employee.nip())), today);
            Optional<DueReminder> jp = DueReminders.jpShortfall(ledger, today);
            if (latsar.isPresent()) {
                sent += send(employee, head, latsar.get(), ReminderMail.latsar(employee, latsarDue.get(), today));
            }
            if (jp.isPresent()) {
                sent += send(employee, head, jp.get(), ReminderMail.jpShortfall(employee, ledger));
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

    /** Sends the reminder to the employee and its copy to their head, each unless sent before; answers how many. */
    private int send(EmployeeFacts employee, Optional<EmployeeFacts> head, DueReminder reminder, ReminderMail mail) {
        int sent = 0;
        if (log.markSent(employee.nip(), reminder, ReminderRecipient.EMPLOYEE, clock.instant())) {
            outbox.queue(employee.email(), mail.subject(), mail.body());
            sent++;
        }
        if (head.isPresent() && head.get().email() != null
                && log.markSent(employee.nip(), reminder, ReminderRecipient.HEAD, clock.instant())) {
            ReminderMail copy = mail.copyFor(head.get(), employee);
            outbox.queue(head.get().email(), copy.subject(), copy.body());
            sent++;
        }
        return sent;
    }
}
