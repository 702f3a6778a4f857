package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.DeadlineRules;
import id.sofifi.asn.oversight.domain.Deadlines;
import id.sofifi.asn.oversight.domain.Escalation;
import id.sofifi.asn.oversight.domain.EscalationLadder;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import id.sofifi.asn.oversight.domain.WorkingCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadline sweep (ASN-RULES §5): closes the followed-up cases whose reporter did not answer by the end of the
 * closing day, and escalates each missed step once per level ({@link EscalationLadder}) — a line on the case's public
 * timeline, a mail to the unit's head or the inspectorate, an audit entry. Run daily by {@link DeadlineSweepSchedule}
 * and by an administrator on demand. Once across the whole system: a transaction-scoped advisory lock lets one server
 * sweep at a time, and the escalation key refuses a second row for the same case, step and level.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DeadlineSweep {
    @Inject
    ComplaintRepository complaints;

    @Inject
    PublicHolidayRepository holidays;

    @Inject
    DeadlineRules rules;

    @Inject
    EscalationMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What one sweep did; {@code ran} is false when another server was sweeping at that moment. */
    public record Result(boolean ran, int closed, int escalated) {
    }

    public Result sweep() {
        return sweepAt(clock.instant());
    }

    /** The sweep as it runs at the instant {@code now}: what the schedule does at 00:10 WIT, for any day. */
    public Result sweepAt(Instant now) {
        if (!complaints.lockSweep()) {
            return new Result(false, 0, 0);
        }
        LocalDate today = now.atZone(Wit.ZONE).toLocalDate();
        List<Complaint> open = complaints.open();
        if (open.isEmpty()) {
            return new Result(true, 0, 0);
        }
        WorkingCalendar calendar = holidays.calendarFrom(open.get(0).receivedAt().atZone(Wit.ZONE).toLocalDate());
        Map<Long, Set<EscalationLadder.Due>> made = complaints.escalationsOfOpenCases();
        int closed = 0;
        int escalated = 0;
        for (Complaint complaint : open) {
            if (complaint.closeWithoutReply(now, calendar, rules)) {
                audit.record("complaint.closedWithoutReply", ComplaintService.SUBJECT, complaint.trackingCode(), null,
                        null, "Laporan " + complaint.trackingCode() + " ditutup: pelapor tidak menanggapi");
                closed++;
                continue;
            }
            Set<EscalationLadder.Due> before = made.getOrDefault(complaint.id(), Set.of());
            Deadlines deadlines = complaint.deadlines(calendar, rules);
            for (EscalationLadder.Due due : EscalationLadder.DEFAULT.due(complaint.overdue(now, calendar, rules),
                    deadlines, today, calendar)) {
                if (!before.contains(due) && escalate(complaint, due, deadlines.of(due.step()), now)) {
                    escalated++;
                }
            }
        }
        return new Result(true, closed, escalated);
    }

    private boolean escalate(Complaint complaint, EscalationLadder.Due due, LocalDate deadline, Instant now) {
        String recipient = mail.recipient(complaint, due.level()).orElse(null);
        LocalDate today = now.atZone(Wit.ZONE).toLocalDate();
        if (!complaints.escalate(new Escalation(complaint.id(), due.step(), due.level(), today, recipient))) {
            return false;
        }
        complaint.escalated(due.step(), due.level(), now);
        mail.send(complaint, due, recipient, deadline);
        audit.record("complaint.escalated", ComplaintService.SUBJECT, complaint.trackingCode(), null, due,
                "Laporan " + complaint.trackingCode() + ": tenggat " + due.step() + " terlewat, diteruskan ke "
                        + due.level() + (recipient == null ? " (alamat tidak diketahui)" : " " + recipient));
        return true;
    }
}
