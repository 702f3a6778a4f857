package id.sofifi.asn.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.oversight.application.ForumDigestService;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.NativeSql;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum's daily digest inside the deployed application for a fixed WIT day in 2030 (issue 12): a topic opened by
 * A, supported by B, with a post by C and a hidden post by D that day and an official answer; each follower gets one
 * mail listing what others wrote, and a second run sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ForumDigestIT {
    private static final LocalDate DAY = LocalDate.of(2030, 5, 6);

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest
                .earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war").addClass(ForumDigestIT.class));
    }

    @EJB(lookup = "java:app/ejb/ForumDigestService")
    ForumDigestService digests;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private void sql(String statement, Object... parameters) {
        NativeSql.update(em, statement, parameters);
    }

    private List<String> mailed(String account) {
        return em.createNativeQuery("SELECT body FROM outbox_message WHERE recipient = ?1 ORDER BY id")
                .setParameter(1, account).getResultList().stream().map(String::valueOf).toList();
    }

    @Test
    @DisplayName("Issue 12: one digest per follower and day with the others' posts and the official answer; hidden"
            + " posts and other days are no news; a second run sends none")
    void dailyDigest() throws Exception {
        String tag = SystemTest.unique("dg").toLowerCase();
        String a = "a-" + tag + "@example.test", b = "b-" + tag + "@example.test", c = "c-" + tag + "@example.test",
                d = "d-" + tag + "@example.test";
        transaction.begin();
        sql("INSERT INTO forum_topic (work_unit_code, title, body, author, status, created_at) VALUES ('BKD', ?1,"
                + " 'Mohon loket dibuka hari Sabtu.', ?2, 'OPEN', TIMESTAMPTZ '2030-05-01 09:00+09')", "Topik " + tag,
                a);
        long topic = ((Number) em.createNativeQuery("SELECT id FROM forum_topic WHERE title = ?1")
                .setParameter(1, "Topik " + tag).getSingleResult()).longValue();
        sql("INSERT INTO topic_support (topic_id, account, supported_at) VALUES (?1, ?2, TIMESTAMPTZ"
                + " '2030-05-02 09:00+09')", topic, b);
        sql("INSERT INTO forum_post (topic_id, author, body, created_at) VALUES (?1, ?2, 'Setuju sekali.',"
                + " TIMESTAMPTZ '2030-05-06 10:00+09')", topic, c);
        sql("INSERT INTO forum_post (topic_id, author, body, created_at, hidden_reason, hidden_by, hidden_at) VALUES"
                + " (?1, ?2, 'Iklan.', TIMESTAMPTZ '2030-05-06 11:00+09', 'spam', 'admin',"
                + " TIMESTAMPTZ '2030-05-06 11:30+09')", topic, d);
        sql("INSERT INTO forum_post (topic_id, author, body, created_at) VALUES (?1, ?2, 'Kemarin juga ramai.',"
                + " TIMESTAMPTZ '2030-05-05 23:59+09')", topic, c);
        sql("INSERT INTO official_answer (topic_id, version_no, body, answered_by, answered_at, audit_hash) VALUES"
                + " (?1, 1, 'Mulai Juni loket buka Sabtu pagi.', 'admin', TIMESTAMPTZ '2030-05-06 15:00+09', ?2)",
                topic, "0".repeat(64));
        transaction.commit();

        admin.call(() -> digests.sendFor(DAY));
        String topicLine = "- Topik " + tag + ": ";
        assertEquals(List.of(topicLine + "1 tanggapan baru dan jawaban resmi"), news(a, topicLine));
        assertEquals(List.of(topicLine + "1 tanggapan baru dan jawaban resmi"), news(b, topicLine));
        assertEquals(List.of(topicLine + "jawaban resmi"), news(c, topicLine), "C's own post is no news to C");
        assertEquals(List.of(topicLine + "1 tanggapan baru dan jawaban resmi"), news(d, topicLine));

        admin.call(() -> digests.sendFor(DAY));
        assertEquals(1, mailed(a).size(), "one digest per account and day");
    }

    /** The digest lines about the topic in each mail the account got. */
    private List<String> news(String account, String topicLine) {
        return mailed(account).stream().flatMap(body -> body.lines().filter(l -> l.startsWith(topicLine)))
                .map(l -> l.substring(0, l.indexOf(" (/forum"))).toList();
    }
}
