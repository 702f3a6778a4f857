package id.sofifi.asn.oversight.application;

import id.sofifi.asn.notification.application.MailDates;
import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.EscalationLadder;
import id.sofifi.asn.oversight.domain.EscalationLevel;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Who hears of a missed deadline and what they read. The head is the head of the case's unit or of the nearest unit
 * above it (workforce's directory); the inspectorate's address is {@code ASN_INSPECTORATE_EMAIL}. The mail names the
 * case, the step and its deadline, never the reporter: an anonymous reporter stays unknown to the unit (§5).
 */
@Dependent
public class EscalationMail {
    static final String DEFAULT_INSPECTORATE = "inspektorat@sofifi.example";
    private static final Map<String, String> STEPS = Map.of("ROUTE", "verifikasi dan penerusan ke unit", "FOLLOW_UP",
            "tindak lanjut unit", "SETTLE", "penyelesaian seluruh laporan");

    @Inject
    EmployeeDirectory directory;

    @Inject
    OutboxService outbox;

    /** The address the escalation goes to; none when the unit has no head with an address. */
    public Optional<String> recipient(Complaint complaint, EscalationLevel level) {
        if (level == EscalationLevel.INSPECTORATE) {
            return Optional.of(inspectorate());
        }
        return directory.headOfUnit(complaint.workUnitId()).map(EmployeeFacts::email).filter(m -> !m.isBlank());
    }

    public void send(Complaint complaint, EscalationLadder.Due due, String recipient, LocalDate deadline) {
        if (recipient == null) {
            return;
        }
        String step = STEPS.get(due.step().name());
        outbox.queue(recipient, "Tenggat terlewat: laporan " + complaint.trackingCode() + " (" + step + ")",
                "Yth. " + (due.level() == EscalationLevel.HEAD ? "Kepala Unit" : "Inspektorat Provinsi") + ",\n\n"
                        + "Tenggat " + step + " laporan masyarakat " + complaint.trackingCode() + " (\""
                        + complaint.title() + "\") adalah " + MailDates.day(deadline) + " dan telah terlewat."
                        + " Keterlambatan ini tampil pada halaman publik laporan.\n\nMohon pastikan laporan ini"
                        + " segera ditangani melalui menu Laporan Masyarakat pada ASN Sofifi.");
    }

    private static String inspectorate() {
        String configured = System.getProperty("asn.inspectorate.email", System.getenv("ASN_INSPECTORATE_EMAIL"));
        return configured == null || configured.isBlank() ? DEFAULT_INSPECTORATE : configured.strip();
    }
}
