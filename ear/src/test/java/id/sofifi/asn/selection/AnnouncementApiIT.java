package id.sofifi.asn.selection;

import static id.sofifi.asn.selection.AnnouncementFixture.SUPERVISOR_TOKEN;
import static id.sofifi.asn.selection.AnnouncementFixture.sql;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Result announcements over the API (API-CONTRACT.md, Selection): two people, a frozen chain, corrections. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static JsonObject verification(long id) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/announcements/" + id + "/verification", null, null);
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    @Test
    @DisplayName("Prepared by one account, refused to the same account, published by a second;"
            + " a tampered entry is found")
    void twoPeoplePublishAndTamperingIsDetected() throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(2041, 5);
        List<String> publicBodies = new ArrayList<>();

        assertProblem(422,
                send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN, "{\"stage\":\"SKD\"}"));
        assertProblem(400,
                send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN, "{\"stage\":\"SKB\"}"));
        assertProblem(401, send("POST", "/api/v1/periods/" + f.period + "/announcements", null, "{\"stage\":\"SKD\"}"));

        HttpResponse<String> created = send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN,
                "{\"stage\":\"ADMINISTRATION\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = object(created);
        long id = draft.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/announcements/" + id));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(5, draft.getInt("entries"));

        // a draft does not exist for the public
        assertProblem(404, send("GET", "/api/v1/announcements/" + id + "/entries", null, null));
        assertProblem(404, send("GET", "/api/v1/announcements/" + id, null, null));
        assertProblem(404, send("GET", "/api/v1/announcements/" + id + "/verification", null, null));
        assertFalse(send("GET", "/api/v1/announcements?period=" + f.period, null, null).body()
                .contains("\"id\":" + id + ","));

        HttpResponse<String> own = send("POST", "/api/v1/announcements/" + id + "/approval", ADMIN_TOKEN, null);
        assertProblem(422, own);
        assertTrue(object(own).getString("detail").contains("akun lain"), own.body());
        assertProblem(403, send("POST", "/api/v1/announcements/" + id + "/approval", SystemTest.AGENCY_TOKEN, null));

        HttpResponse<String> approved = send("POST", "/api/v1/announcements/" + id + "/approval", SUPERVISOR_TOKEN,
                null);
        assertEquals(200, approved.statusCode(), approved.body());
        JsonObject published = object(approved);
        assertEquals("PUBLISHED", published.getString("status"));
        String head = published.getString("headHash");
        assertTrue(head.matches("[0-9a-f]{64}"), head);
        assertProblem(409, send("POST", "/api/v1/announcements/" + id + "/approval", SUPERVISOR_TOKEN, null));

        HttpResponse<String> page = send("GET", "/api/v1/announcements/" + id + "/entries?page=0&size=50", null, null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("max-age"),
                page.headers().toString());
        publicBodies.add(page.body());
        JsonObject entries = object(page);
        assertEquals(5, entries.getInt("total"));
        JsonArray items = entries.getJsonArray("items");
        // anyone can recompute the chain from what is public
        String previous = "0".repeat(64);
        for (int i = 0; i < items.size(); i++) {
            JsonObject e = items.getJsonObject(i);
            assertEquals(i + 1, e.getInt("seq"));
            String expected = sha256(
                    String.join("\u001f", Integer.toString(e.getInt("seq")), e.getString("registrationNumber"),
                            e.getString("name"), e.getString("formationCode"), e.getString("code"), previous));
            assertEquals(expected, e.getString("entryHash"), "entry " + (i + 1));
            previous = expected;
        }
        assertEquals(head, previous);

        JsonObject third = items.getJsonObject(2);
        HttpResponse<String> one = send("GET",
                "/api/v1/announcements/" + id + "/entries/" + third.getString("registrationNumber"), null, null);
        assertEquals(200, one.statusCode(), one.body());
        publicBodies.add(one.body());
        assertEquals(items.getJsonObject(1).getString("entryHash"), object(one).getString("previousHash"));
        assertEquals(third.getString("entryHash"), object(one).getString("entryHash"));
        assertProblem(404, send("GET", "/api/v1/announcements/" + id + "/entries/NOPE-1", null, null));

        HttpResponse<String> search = send("GET",
                "/api/v1/announcements/" + id + "/entries?q=" + third.getString("registrationNumber"), null, null);
        assertEquals(1, object(search).getInt("total"), search.body());

        JsonObject intact = verification(id);
        publicBodies.add(intact.toString());
        assertTrue(intact.getBoolean("valid"));
        assertEquals(5, intact.getInt("entries"));
        assertEquals(head, intact.getString("headHash"));

        // the database refuses a plain change of a published entry ...
        SQLException frozen = assertThrows(SQLException.class,
                () -> sql(
                        "UPDATE announcement_entry SET full_name = 'Orang Lain' WHERE announcement_id = ? AND seq = 3",
                        id));
        assertTrue(frozen.getMessage().contains("frozen"), frozen.getMessage());
        assertThrows(SQLException.class, () -> sql("DELETE FROM announcement_entry WHERE announcement_id = ?", id));
        // ... and a DBA who switches the guard off is caught by the chain
        sql("ALTER TABLE announcement_entry DISABLE TRIGGER announcement_entry_frozen;"
                + " UPDATE announcement_entry SET full_name = 'Orang Lain' WHERE announcement_id = " + id
                + " AND seq = 3;" + " ALTER TABLE announcement_entry ENABLE TRIGGER announcement_entry_frozen");
        JsonObject broken = verification(id);
        assertFalse(broken.getBoolean("valid"), broken.toString());
        assertEquals(3, broken.getInt("firstBrokenSeq"));

        // the correction is a new announcement naming the old one; both stay listed
        assertProblem(409, send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN,
                "{\"stage\":\"ADMINISTRATION\"}"));
        assertProblem(422, send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN,
                "{\"stage\":\"SKD\",\"corrects\":" + id + "}"));
        JsonObject correction = f.publish("ADMINISTRATION", id);
        long correctionId = correction.getJsonNumber("id").longValue();
        assertEquals(id, correction.getJsonNumber("corrects").longValue());
        assertTrue(verification(correctionId).getBoolean("valid"));
        HttpResponse<String> listed = send("GET", "/api/v1/announcements?period=" + f.period, null, null);
        publicBodies.add(listed.body());
        List<JsonObject> list = json(listed).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(correctionId, id), list.stream().map(a -> a.getJsonNumber("id").longValue()).toList());
        assertEquals(correctionId, list.get(1).getJsonNumber("correctedBy").longValue());

        // SKD results written by the ranking job (here as fixtures) can be announced too
        assertEquals(5,
                sql("INSERT INTO skd_result (application_id, period_id, formation_id, code, rank, job_execution_id)"
                        + " SELECT a.id, a.period_id, a.formation_id,"
                        + " CASE WHEN a.registration_number LIKE '%-1' THEN 'P/L' ELSE 'TL' END,"
                        + " CASE WHEN a.registration_number LIKE '%-1' THEN 1 END, 0 FROM application a"
                        + " JOIN selection_period p ON p.id = a.period_id WHERE p.code = ?", f.period));
        JsonObject skd = f.publish("SKD", null);
        assertEquals(5, skd.getInt("entries"));
        HttpResponse<String> skdEntries = send("GET", "/api/v1/announcements/" + skd.getJsonNumber("id") + "/entries",
                null, null);
        publicBodies.add(skdEntries.body());
        JsonObject firstSkd = object(skdEntries).getJsonArray("items").getJsonObject(0);
        assertEquals("P/L", firstSkd.getString("code"));
        assertEquals(f.numbers.get(0), firstSkd.getString("registrationNumber"));

        for (String body : publicBodies) {
            for (String nik : f.niks) {
                assertFalse(body.contains(nik), "a NIK in a public answer: " + body);
            }
        }
    }

    @Test
    @DisplayName("One model for the administrative result: the old /pengumuman.xhtml?period= leads to the period's"
            + " ADMINISTRATION announcement as it stands (its correction once published), or to the list before")
    void oldAdministrationResultAddressRedirects() throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(2047, 3);
        String old = "/pengumuman.xhtml?period=" + f.period;
        assertRedirect("/hasil-seleksi.xhtml?period=" + f.period, send("GET", old, null, null));

        long first = f.publish("ADMINISTRATION", null).getJsonNumber("id").longValue();
        assertRedirect("/hasil-seleksi/pengumuman.xhtml?id=" + first, send("GET", old, null, null));
        assertTrue(verification(first).getBoolean("valid"));

        long correction = f.publish("ADMINISTRATION", first).getJsonNumber("id").longValue();
        assertRedirect("/hasil-seleksi/pengumuman.xhtml?id=" + correction, send("GET", old, null, null));
        assertRedirect("/hasil-seleksi.xhtml", send("GET", "/pengumuman.xhtml", null, null));
    }

    private static void assertRedirect(String target, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals(SystemTest.BASE_URL + target, location);
    }

    @Test
    @DisplayName("Unknown or malformed announcement ids are problem+json, never 500")
    void unknownIds() throws Exception {
        assertProblem(404, send("GET", "/api/v1/announcements/987654321/entries", null, null));
        assertProblem(404, send("GET", "/api/v1/announcements/987654321/verification", null, null));
        assertProblem(404, send("GET", "/api/v1/announcements/987654321/entries/X-1", null, null));
        assertProblem(400, send("GET", "/api/v1/announcements/abc/entries", null, null));
        assertProblem(404, send("POST", "/api/v1/announcements/987654321/approval", ADMIN_TOKEN, null));
        assertProblem(404,
                send("POST", "/api/v1/periods/NO-SUCH-PERIOD/announcements", ADMIN_TOKEN, "{\"stage\":\"SKD\"}"));
    }
}
