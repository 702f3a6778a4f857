package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import id.sofifi.asn.oversight.domain.Reporter;
import id.sofifi.asn.oversight.domain.ReporterSecret;
import id.sofifi.asn.oversight.domain.TrackingCode;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Oversight's part of the demo installation: this year's fixed-date national holidays (the moving ones — Idul
 * Fitri, Nyepi, Waisak … — an administrator sets each year with {@code PUT /holidays/{year}}) and five reports in
 * every state, two of them overdue, the first with a photo the reporter attached (staff and the reporter see it on the
 * case). It runs after the other contexts (work units must exist) and only on an installation without complaints.
 */
@ApplicationScoped
public class OversightDemoData {
    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(6, 1), MonthDay.of(8, 17), MonthDay.of(12, 25));

    @Inject
    ComplaintRepository complaints;

    @Inject
    PublicHolidayRepository holidays;

    @Inject
    WorkUnitRepository workUnits;

    @Inject
    AuditTrail audit;

    @Inject
    CaseFiles files;

    @Inject
    Clock clock;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested request) {
        List<WorkUnit> units = workUnits.all();
        if (complaints.count() > 0 || units.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        holidays.replaceYear(year, FIXED_HOLIDAYS.stream().map(day -> day.atYear(year)).toList());
        WorkUnit unit = units.get(0);
        Instant now = clock.instant();
        Complaint queue = report(ComplaintKind.COMPLAINT, Privacy.PUBLIC, "Antrian layanan kepegawaian terlalu lama",
                "Saya menunggu lebih dari tiga jam di loket layanan kepegawaian tanpa nomor antrian.", unit,
                now.minus(Duration.ofHours(2)));
        files.attach(queue, 0, files.inspect(0, List.of(new AttachmentUpload("attachment1", queuePhoto()))));
        Complaint overdue = report(ComplaintKind.COMPLAINT, Privacy.ANONYMOUS, "Pungutan pada pengurusan surat",
                "Ada permintaan uang tambahan saat mengurus surat keterangan di kantor.", unit,
                now.minus(Duration.ofDays(12)));
        Complaint routed = report(ComplaintKind.ASPIRATION, Privacy.PUBLIC, "Jadwal layanan hari Sabtu",
                "Mohon loket layanan dibuka juga pada hari Sabtu pagi bagi pegawai yang bekerja.", unit,
                now.minus(Duration.ofDays(20)));
        routed.route(unit.id(), now.minus(Duration.ofDays(19)));
        Complaint answered = report(ComplaintKind.INFORMATION_REQUEST, Privacy.PUBLIC, "Formasi CPNS tahun ini",
                "Berapa formasi CPNS untuk tenaga kesehatan di Sofifi tahun ini?", unit, now.minus(Duration.ofDays(6)));
        answered.route(unit.id(), now.minus(Duration.ofDays(5)));
        answered.followUp("Formasi diumumkan di halaman hasil seleksi; tenaga kesehatan 24 formasi.",
                now.minus(Duration.ofDays(3)));
        Complaint refused = report(ComplaintKind.COMPLAINT, Privacy.CONFIDENTIAL, "Tetangga berisik",
                "Tetangga saya memutar musik keras setiap malam.", unit, now.minus(Duration.ofDays(4)));
        refused.refuse("Bukan kewenangan pemerintah provinsi; silakan hubungi kelurahan.",
                now.minus(Duration.ofDays(3)));
        audit.recordAs("system", "demo.seeded", "Installation", "oversight", null, null,
                "Data demo pengawasan: hari libur " + year + " dan 5 laporan (" + overdue.trackingCode()
                        + " terlambat)");
    }

    /**
     * The demo case's "photo" of the queue: drawn here (a counter and the people waiting), so the demo carries no
     * picture of a real person and still goes through the upload's content check and re-encoding.
     */
    private static byte[] queuePhoto() {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8EEF4));
        g.fillRect(0, 0, 480, 320);
        g.setColor(new Color(0x5B6B7A));
        g.fillRect(380, 90, 80, 170);
        g.setColor(new Color(0x1F4E79));
        for (int person = 0; person < 8; person++) {
            int x = 20 + person * 44;
            g.fillOval(x, 130, 26, 26);
            g.fillRoundRect(x - 4, 160, 34, 90, 12, 12);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private Complaint report(ComplaintKind kind, Privacy privacy, String title, String body, WorkUnit unit,
            Instant at) {
        Filing filing = new Filing(kind, privacy, title, body, unit.code(), null,
                new Reporter("Warga Sofifi", null, null));
        Complaint complaint = new Complaint(filing, unit.id(), TrackingCode.next(at.atZone(Wit.ZONE).getYear()),
                ReporterSecret.create().hash(), at);
        complaints.add(complaint);
        return complaint;
    }
}
