package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.identity.domain.UserAccount;
import id.sofifi.asn.oversight.domain.ForumPost;
import id.sofifi.asn.oversight.domain.ForumRepository;
import id.sofifi.asn.oversight.domain.ForumTopic;
import id.sofifi.asn.oversight.domain.ModerationAct;
import id.sofifi.asn.oversight.domain.ModerationAction;
import id.sofifi.asn.oversight.domain.OfficialAnswer;
import id.sofifi.asn.oversight.domain.TopicSupport;
import id.sofifi.asn.platform.application.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The forum's part of the demo installation README.md documents: a demo citizen account and five topics under the
 * demo work units, one with an official answer (in two versions), one with a post a moderator hid and one answered and
 * closed. Seeded after recruitment's work units.
 */
@ApplicationScoped
public class ForumDemoData {
    static final String CITIZEN = "warga@sofifi.example";
    static final String CITIZEN_PASSWORD = "Warga-Sofifi-2026";
    static final String MODERATOR = "admin";

    @Inject
    ForumRepository forum;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds only a forum without topics, so a restart never seeds twice. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested request) {
        if (forum.countTopics() > 0) {
            return;
        }
        if (accounts.findByUsername(CITIZEN).isEmpty()) {
            accounts.add(new UserAccount(CITIZEN, "Warga Demo Sofifi", CITIZEN_PASSWORD.toCharArray(),
                    Set.of(Role.CITIZEN)));
        }
        Instant now = clock.instant();
        ForumTopic answered = topic("BKD", "Jadwal layanan kenaikan pangkat",
                "Mohon informasi jadwal layanan usul kenaikan pangkat periode April.", now.minus(Duration.ofDays(9)));
        answer(answered, "Usul kenaikan pangkat periode April dibuka 1 s.d. 28 Februari.",
                now.minus(Duration.ofDays(7)));
        answer(answered, "Usul kenaikan pangkat periode April dibuka 1 Februari s.d. 7 Maret (diperpanjang).",
                now.minus(Duration.ofDays(6)));
        ForumTopic moderated = topic("DINKES", "Antrean panjang di puskesmas",
                "Antrean pendaftaran di puskesmas pagi hari sangat panjang; mohon ditambah loket.",
                now.minus(Duration.ofDays(5)));
        post(moderated, "Setuju, saya menunggu dua jam minggu lalu.", now.minus(Duration.ofDays(4)));
        ForumPost hidden = post(moderated, "Petugasnya semua malas dan bodoh!", now.minus(Duration.ofDays(4)));
        hidden.hide("bahasa yang merendahkan orang lain", MODERATOR, now.minus(Duration.ofDays(3)));
        forum.add(new ModerationAct(hidden.id(), ModerationAction.HIDE, hidden.hiddenReason(), MODERATOR,
                now.minus(Duration.ofDays(3))));
        topic("DISDIK", "Perbaikan atap ruang kelas", "Atap dua ruang kelas bocor saat hujan; mohon segera diperbaiki.",
                now.minus(Duration.ofDays(2)));
        topic("RSUD", "Informasi jam besuk", "Jam besuk di papan pengumuman dan di situs berbeda.",
                now.minus(Duration.ofDays(1)));
        ForumTopic closed = topic("BKD", "Lampu ruang tunggu layanan padam",
                "Lampu di ruang tunggu layanan kepegawaian padam sejak pekan lalu.", now.minus(Duration.ofDays(8)));
        answer(closed, "Lampu ruang tunggu sudah diganti pada hari Kamis.", now.minus(Duration.ofDays(6)));
        closed.close("Sudah ditindaklanjuti: lampu diganti dan warga yang melapor sudah dikabari.", MODERATOR,
                now.minus(Duration.ofDays(5)));
        audit.recordAs("system", "demo.seeded", "Installation", "forum", null, null,
                "Data demo forum: akun warga dan lima topik");
    }

    private ForumTopic topic(String unit, String title, String body, Instant at) {
        ForumTopic topic = new ForumTopic(unit, title, body, CITIZEN, at);
        forum.add(topic);
        forum.flush();
        forum.add(new TopicSupport(topic.id(), CITIZEN, at));
        return topic;
    }

    private ForumPost post(ForumTopic topic, String body, Instant at) {
        ForumPost post = new ForumPost(topic.id(), CITIZEN, body, at);
        forum.add(post);
        forum.flush();
        return post;
    }

    private void answer(ForumTopic topic, String body, Instant at) {
        topic.answered();
        Optional<OfficialAnswer> latest = forum.answers(topic.id()).stream().findFirst();
        String hash = audit.recordAs(MODERATOR, "forum.answered", ForumService.TOPIC, topic.id().toString(), null, body,
                "Jawaban resmi untuk topik " + topic.id());
        forum.add(OfficialAnswer.after(latest, topic.id(), body, MODERATOR, at, hash));
        forum.flush();
    }
}
