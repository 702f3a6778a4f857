package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.EmployeeSessions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unit answers (ASN-RULES §5): the head of the BKD (demo data), signed in as an employee, sees the cases routed to
 * the BKD without their reporter and posts the unit's follow-up; an employee who heads no unit may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitComplaintIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String routedToBkd(String reporterName) throws Exception {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"ANONYMOUS","title":"Berkas kenaikan pangkat hilang",
                 "body":"Berkas saya hilang dua kali di loket kepegawaian.","workUnitCode":"BKD",
                 "reporter":{"name":"%s"}}""".formatted(reporterName));
        assertEquals(201, filed.statusCode(), filed.body());
        String code = object(filed).getString("trackingCode");
        assertEquals(200,
                send("POST", "/api/v1/complaints/" + code + "/routing", ADMIN_TOKEN, "{\"workUnitCode\":\"BKD\"}")
                        .statusCode());
        return code;
    }

    private static String nip(String sql) throws Exception {
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                ResultSet found = db.createStatement().executeQuery(sql)) {
            assertTrue(found.next(), sql);
            return found.getString(1);
        }
    }

    private static HttpResponse<String> followUp(HttpClient session, String code) throws Exception {
        return session.send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/api/v1/complaints/" + code + "/follow-ups"))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers
                                .ofString("{\"answer\":\"Berkas ditemukan dan sudah diproses.\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("§5: the unit's head reads the routed anonymous case without its reporter and answers it; an"
            + " employee heading no unit is refused (403)")
    void headAnswers() throws Exception {
        String reporter = "Pelapor Rahasia " + SystemTest.unique("R");
        String code = routedToBkd(reporter);
        String head = nip(
                "SELECT h.nip FROM unit_head h JOIN work_unit w ON w.id = h.work_unit_id" + " WHERE w.code = 'BKD'");
        String other = nip("SELECT e.nip FROM employee e WHERE e.nip NOT IN (SELECT nip FROM unit_head)"
                + " AND NOT EXISTS (SELECT 1 FROM user_account a WHERE a.username = e.nip) ORDER BY e.nip LIMIT 1");

        HttpClient notHead = EmployeeSessions.signedIn(other);
        assertEquals(403, followUp(notHead, code).statusCode());

        HttpClient session = EmployeeSessions.signedIn(head);
        String page = EmployeeSessions.get(session, "/asn/laporan.xhtml").body();
        assertTrue(page.contains(code), "the head's page lists the case");
        assertFalse(page.contains(reporter), "the unit never sees the reporter");
        HttpResponse<String> answered = followUp(session, code);
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("FOLLOWED_UP", object(answered).getString("status"));
        assertFalse(answered.body().contains(reporter), answered.body());
    }

    private static HttpResponse<String> answer(HttpClient session, long topic) throws Exception {
        return session.send(HttpRequest
                .newBuilder(URI.create(SystemTest.BASE_URL + "/api/v1/forum/topics/" + topic + "/answer"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Layanan dibuka pukul 08.00 WIT.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("Issue 12 forum: the unit's head gives the official answer, signed with their name; an employee"
            + " heading no unit may not (403)")
    void headAnswersForumTopic() throws Exception {
        long topic;
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                ResultSet created = db.createStatement().executeQuery("INSERT INTO forum_topic (work_unit_code, title,"
                        + " body, author, status, created_at) VALUES ('BKD', 'Jam buka layanan', 'Jam berapa loket"
                        + " BKD buka?', 'warga-uji@example.test', 'OPEN', now()) RETURNING id")) {
            created.next();
            topic = created.getLong(1);
        }
        String head = nip(
                "SELECT h.nip FROM unit_head h JOIN work_unit w ON w.id = h.work_unit_id" + " WHERE w.code = 'BKD'");
        String headName = nip("SELECT full_name FROM employee WHERE nip = '" + head + "'");
        String other = nip("SELECT e.nip FROM employee e WHERE e.nip NOT IN (SELECT nip FROM unit_head)"
                + " ORDER BY e.nip DESC LIMIT 1");
        assertEquals(403, answer(EmployeeSessions.signedIn(other), topic).statusCode());
        HttpResponse<String> answered = answer(EmployeeSessions.signedIn(head), topic);
        assertEquals(201, answered.statusCode(), answered.body());
        assertEquals(headName, object(answered).getString("answeredBy"));
    }
}
