package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.notification.domain.Outbox;
import id.sofifi.asn.notification.domain.OutboxMessage;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * The mails applicants receive, in Indonesian: account links and each step of their timeline. They
 * go to the outbox inside the caller's transaction.
 */
@Dependent
public class ApplicantMail {
    private static final Map<TimelineStep, String> STEP_TEXT = Map.of(TimelineStep.SUBMITTED,
            "Lamaran Anda telah kami terima.", TimelineStep.VERIFIED_MS,
            "Hasil verifikasi administrasi: MEMENUHI SYARAT (MS).", TimelineStep.VERIFIED_TMS,
            "Hasil verifikasi administrasi: TIDAK MEMENUHI SYARAT (TMS).", TimelineStep.ANNOUNCED,
            "Hasil seleksi administrasi telah diumumkan.", TimelineStep.OBJECTION_FILED,
            "Sanggahan Anda telah kami terima.", TimelineStep.OBJECTION_ACCEPTED,
            "Sanggahan Anda DITERIMA; hasil Anda menjadi MS.", TimelineStep.OBJECTION_REJECTED,
            "Sanggahan Anda DITOLAK.", TimelineStep.APPOINTED, "Anda diangkat sebagai CPNS.");

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void confirmationLink(String to, String name, String link) {
        send(to, "Konfirmasi e-mail akun SSCASN Sofifi",
                "Yth. " + name + ",\n\nUntuk mengaktifkan akun Anda, buka tautan" + " berikut (berlaku 3 hari):\n"
                        + link + "\n\nAbaikan e-mail ini jika Anda tidak mendaftar.");
    }

    public void resetLink(String to, String name, String link) {
        send(to, "Atur ulang kata sandi SSCASN Sofifi", "Yth. " + name + ",\n\nUntuk mengatur ulang kata sandi, buka"
                + " tautan berikut (berlaku 2 jam):\n" + link + "\n\nAbaikan e-mail ini jika Anda tidak memintanya.");
    }

    /** Tells the applicant about a new step on their timeline; imported applications without e-mail get none. */
    public void step(Application application, TimelineStep step, String note) {
        if (application.email() == null || application.email().isBlank()) {
            return;
        }
        send(application.email(), "Status lamaran " + application.registrationNumber(),
                "Yth. " + application.fullName() + ",\n\n" + STEP_TEXT.get(step)
                        + (note == null ? "" : "\nKeterangan: " + note) + "\n\nNomor pendaftaran: "
                        + application.registrationNumber() + "\nLihat linimasa lamaran Anda di portal SSCASN Sofifi.");
    }

    private void send(String to, String subject, String body) {
        outbox.add(new OutboxMessage(to, subject, body, clock.instant()));
    }
}
