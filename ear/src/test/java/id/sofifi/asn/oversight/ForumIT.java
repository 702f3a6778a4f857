package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Citizens;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.FormLogin;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    /** The newest row of a query with one parameter, first column. */
    private static String newest(String sql, String parameter) throws Exception {
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql + " " + parameter);
                return rows.getString(1);
            }
        }
    }

    private static JsonObject topic(long id) {
        try {
            HttpResponse<String> response = send("GET", "/api/v1/forum/topics/" + id, null, null);
            assertEquals(200, response.statusCode(), response.body());
            return object(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String anonymous(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    @DisplayName("Forum: a citizen signs up by mailed link, opens a topic and posts; one support per citizen (409);"
            + " three reports hide a post; a moderator hides with a reason shown in its place; the official answer"
            + " carries who, when and its audit hash and an edit keeps the old version; anonymous callers cannot"
            + " write; the posting limit answers 429")
    void forum() throws Exception {
        String unit = SystemTest.unique("FRM");
        assertEquals(201, send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"" + unit + "\",\"name\":\"Dinas Uji Forum\"}").statusCode());
        FormLogin ana = Citizens.signedUp("ana");

        HttpResponse<String> bad = ana.send("POST", "/api/v1/forum/topics",
                "{\"workUnitCode\":\"TIDAK-ADA\",\"title\":\"Judul cukup\",\"body\":\"Isi\"}");
        assertProblem(bad, 400);
        assertEquals("workUnitCode", object(bad).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> opened = ana.send("POST", "/api/v1/forum/topics", "{\"workUnitCode\":\"" + unit
                + "\",\"title\":\"Lampu jalan padam\",\"body\":\"Lampu jalan di depan kantor padam sebulan.\"}");
        assertEquals(201, opened.statusCode(), opened.body());
        long id = object(opened).getJsonNumber("id").longValue();
        assertEquals("OPEN", object(opened).getString("status"));
        HttpResponse<String> posted = ana.send("POST", "/api/v1/forum/topics/" + id + "/posts",
                "{\"body\":\"Sudah saya laporkan ke kelurahan juga.\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        long post = object(posted).getJsonNumber("id").longValue();

        assertProblem(send("POST", "/api/v1/forum/topics", null, "{\"workUnitCode\":\"" + unit + "\"}"), 401);
        assertProblem(send("POST", "/api/v1/forum/topics/" + id + "/supports", null, null), 401);
        assertProblem(ana.send("POST", "/api/v1/forum/topics/" + id + "/answer", "{\"body\":\"x\"}"), 403);
        assertProblem(ana.send("POST", "/api/v1/forum/posts/" + post + "/hiding", "{\"reason\":\"x\"}"), 403);

        assertEquals(201, ana.send("POST", "/api/v1/forum/topics/" + id + "/supports", null).statusCode());
        assertProblem(ana.send("POST", "/api/v1/forum/topics/" + id + "/supports", null), 409);
        assertEquals(1, topic(id).getInt("supports"));

        FormLogin budi = Citizens.signedUp("budi");
        FormLogin citra = Citizens.signedUp("citra");
        assertEquals(201, ana.send("POST", "/api/v1/forum/posts/" + post + "/reports", null).statusCode());
        assertProblem(ana.send("POST", "/api/v1/forum/posts/" + post + "/reports", null), 409);
        assertEquals(201, budi.send("POST", "/api/v1/forum/posts/" + post + "/reports", null).statusCode());
        assertFalse(topic(id).getJsonArray("posts").getJsonObject(0).getBoolean("hidden"));
        assertEquals(201, citra.send("POST", "/api/v1/forum/posts/" + post + "/reports", null).statusCode());
        JsonObject reported = topic(id).getJsonArray("posts").getJsonObject(0);
        assertTrue(reported.getBoolean("hidden"), reported.toString());
        assertFalse(reported.containsKey("body"), "a hidden post's text is not served");

        HttpResponse<String> noReason = send("POST", "/api/v1/forum/posts/" + post + "/hiding", ADMIN_TOKEN, "{}");
        assertProblem(noReason, 400);
        assertEquals("reason", object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, send("POST", "/api/v1/forum/posts/" + post + "/hiding", ADMIN_TOKEN,
                "{\"reason\":\"menyebut data pribadi orang lain\"}").statusCode());
        JsonObject hidden = topic(id).getJsonArray("posts").getJsonObject(0);
        assertEquals("disembunyikan oleh moderator: menyebut data pribadi orang lain", hidden.getString("hiddenNote"));
        assertTrue(ana.page("/forum/topik.xhtml?id=" + id)
                .contains("disembunyikan oleh moderator: menyebut data pribadi orang lain"));
        JsonObject log = topic(id).getJsonArray("moderation").getJsonObject(0);
        assertEquals("HIDE", log.getString("action"));
        assertEquals("admin", log.getString("actor"));
        // the whole forum's public log, newest first (it failed on PostgreSQL without a topic: RoleMatrixIT found it)
        HttpResponse<String> publicLog = send("GET", "/api/v1/forum/moderation", null, null);
        assertEquals(200, publicLog.statusCode(), publicLog.body());
        assertEquals(log, ((jakarta.json.JsonArray) SystemTest.json(publicLog)).getJsonObject(0));

        HttpResponse<String> answered = send("POST", "/api/v1/forum/topics/" + id + "/answer", ADMIN_TOKEN,
                "{\"body\":\"Lampu akan diganti pekan ini.\"}");
        assertEquals(201, answered.statusCode(), answered.body());
        String firstHash = object(answered).getString("auditHash");
        assertEquals(newest("SELECT hash FROM audit_event WHERE action = 'forum.answered' AND subject_key = ?"
                + " ORDER BY seq DESC LIMIT 1", Long.toString(id)), firstHash);
        assertEquals(201, send("POST", "/api/v1/forum/topics/" + id + "/answer", ADMIN_TOKEN,
                "{\"body\":\"Lampu sudah diganti pada hari Senin.\"}").statusCode());
        JsonObject answeredTopic = topic(id);
        assertEquals("ANSWERED", answeredTopic.getString("status"));
        JsonObject answer = answeredTopic.getJsonObject("answer");
        assertEquals(2, answer.getInt("version"));
        assertEquals("admin", answer.getString("answeredBy"));
        assertFalse(answer.getString("answeredAt").isEmpty());
        assertEquals(64, answer.getString("auditHash").length());
        JsonObject earlier = answeredTopic.getJsonArray("earlierAnswers").getJsonObject(0);
        assertEquals("Lampu akan diganti pekan ini.", earlier.getString("body"));
        assertEquals(firstHash, earlier.getString("auditHash"));
        assertTrue(send("GET", "/api/v1/forum/topics?workUnit=" + unit + "&status=ANSWERED", null, null).body()
                .contains("\"id\":" + id));

        String list = anonymous("/forum/index.xhtml?unit=" + unit);
        assertTrue(list.contains("Lampu jalan padam") && list.contains("1 dukungan") && list.contains("Dijawab"), list);
        String page = anonymous("/forum/topik.xhtml?id=" + id);
        assertTrue(page.contains("Lampu sudah diganti pada hari Senin.") && page.contains(answer.getString("auditHash"))
                && page.contains(firstHash) && page.contains("Catatan moderasi"), page);
        assertTrue(anonymous("/forum/daftar.xhtml").contains("Daftar sebagai warga"));

        // ana wrote a topic and a post: three more reach the limit of 5 per 10 minutes, the next is refused
        for (int i = 0; i < 3; i++) {
            assertEquals(201,
                    ana.send("POST", "/api/v1/forum/topics/" + id + "/posts", "{\"body\":\"Tambahan " + i + "\"}")
                            .statusCode());
        }
        assertProblem(ana.send("POST", "/api/v1/forum/topics/" + id + "/posts", "{\"body\":\"Satu lagi\"}"), 429);
    }

    @Test
    @DisplayName("Forum: the official closes a topic with a reason (400 without one, 403 for a citizen); the closed"
            + " topic shows who, when and why, takes no post (422) nor support, and its reopening returns it to"
            + " answered; both acts are audited")
    void closing() throws Exception {
        String unit = SystemTest.unique("FRC");
        assertEquals(201, send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"" + unit + "\",\"name\":\"Dinas Uji Penutupan\"}").statusCode());
        FormLogin dewi = Citizens.signedUp("dewi");
        HttpResponse<String> opened = dewi.send("POST", "/api/v1/forum/topics", "{\"workUnitCode\":\"" + unit
                + "\",\"title\":\"Parkir liar di depan kantor\",\"body\":\"Mohon ditertibkan.\"}");
        long id = object(opened).getJsonNumber("id").longValue();
        String closing = "/api/v1/forum/topics/" + id + "/closing";
        assertEquals(201, send("POST", "/api/v1/forum/topics/" + id + "/answer", ADMIN_TOKEN,
                "{\"body\":\"Sudah ditertibkan bersama Satpol PP.\"}").statusCode());

        HttpResponse<String> noReason = send("POST", closing, ADMIN_TOKEN, "{}");
        assertProblem(noReason, 400);
        assertEquals("reason", object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(dewi.send("POST", closing, "{\"reason\":\"sudah selesai\"}"), 403);
        assertProblem(send("DELETE", closing, ADMIN_TOKEN, null), 422);

        HttpResponse<String> closed = send("POST", closing, ADMIN_TOKEN, "{\"reason\":\"sudah ditindaklanjuti\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        JsonObject topic = topic(id);
        assertEquals("CLOSED", topic.getString("status"));
        assertEquals("sudah ditindaklanjuti", topic.getJsonObject("closing").getString("reason"));
        assertEquals("admin", topic.getJsonObject("closing").getString("closedBy"));
        assertFalse(topic.getJsonObject("closing").getString("closedAt").isEmpty());
        assertProblem(dewi.send("POST", "/api/v1/forum/topics/" + id + "/posts", "{\"body\":\"Terima kasih.\"}"), 422);
        assertProblem(dewi.send("POST", "/api/v1/forum/topics/" + id + "/supports", null), 422);
        assertProblem(send("POST", closing, ADMIN_TOKEN, "{\"reason\":\"sekali lagi\"}"), 422);
        String page = anonymous("/forum/topik.xhtml?id=" + id);
        assertTrue(page.contains("Topik ini ditutup oleh admin pada") && page.contains("sudah ditindaklanjuti"), page);
        assertFalse(dewi.page("/forum/topik.xhtml?id=" + id).contains("id=\"postBody\""),
                "a closed topic offers no reply form");
        assertEquals("Topik " + id + " ditutup: sudah ditindaklanjuti",
                newest("SELECT summary FROM audit_event"
                        + " WHERE action = 'forum.topicClosed' AND subject_key = ? ORDER BY seq DESC LIMIT 1",
                        Long.toString(id)));

        HttpResponse<String> reopened = send("DELETE", closing, ADMIN_TOKEN, null);
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("ANSWERED", object(reopened).getString("status"));
        assertFalse(object(reopened).containsKey("closing"), reopened.body());
        assertEquals("Topik " + id + " dibuka kembali", newest("SELECT summary FROM audit_event WHERE action ="
                + " 'forum.topicReopened' AND subject_key = ? ORDER BY seq DESC LIMIT 1", Long.toString(id)));
        assertEquals(201, dewi.send("POST", "/api/v1/forum/topics/" + id + "/posts", "{\"body\":\"Terima kasih.\"}")
                .statusCode());
    }

    @Test
    @DisplayName("Forum demo data: the demo citizen signs in; the demo topics hold an answered topic (two versions),"
            + " a closed one with its reason and a post hidden by a moderator with its reason")
    void demo() throws Exception {
        FormLogin.signIn("warga@sofifi.example", "Warga-Sofifi-2026", "/forum/index.xhtml");
        JsonObject answered = object(send("GET", "/api/v1/forum/topics?workUnit=BKD&status=ANSWERED", null, null))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").equals("Jadwal layanan kenaikan pangkat")).findFirst().orElseThrow();
        JsonObject topic = topic(answered.getJsonNumber("id").longValue());
        assertEquals(2, topic.getJsonObject("answer").getInt("version"));
        assertEquals(1, topic.getJsonArray("earlierAnswers").size());
        JsonObject closed = object(send("GET", "/api/v1/forum/topics?workUnit=BKD&status=CLOSED", null, null))
                .getJsonArray("items").getJsonObject(0);
        assertTrue(topic(closed.getJsonNumber("id").longValue()).getJsonObject("closing").getString("reason")
                .startsWith("Sudah ditindaklanjuti"), closed.toString());
        String dinkes = send("GET", "/api/v1/forum/topics?workUnit=DINKES", null, null).body();
        assertTrue(dinkes.contains("Antrean panjang di puskesmas"), dinkes);
        long moderated = object(send("GET", "/api/v1/forum/topics?workUnit=DINKES", null, null)).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(topic(moderated).toString()
                .contains("disembunyikan oleh moderator: bahasa yang merendahkan orang lain"));
        FormLogin admin = FormLogin.signIn("admin", "admin123", "/staff/index.xhtml");
        assertTrue(admin.page("/staff/index.xhtml").contains("id=\"menuForum\""));
        String staffView = admin.page("/forum/topik.xhtml?id=" + moderated);
        assertTrue(staffView.contains("id=\"giveAnswer\"") && staffView.contains("Tampilkan kembali"), staffView);
    }
}
