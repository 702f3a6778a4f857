package id.sofifi.asn.selection;

import static id.sofifi.asn.selection.AnnouncementFixture.SUPERVISOR_TOKEN;
import static id.sofifi.asn.selection.AnnouncementFixture.sql;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, look-up from memory: a published announcement's entries are answered from what its first look-up read and
 * verified, with the entry hash as ETag and 304 for a client that holds it; the body is the v1 body, byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementLookupIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Names the JSON must escape (quote, backslash, tab, a control character) or carry as UTF-8. */
    private static final Map<Integer, String> NAMES = Map.of(1, "Andi \"Ucok\" O'Neil \\ Siregar", 2,
            "Maria Fernández Ñ 日本", 4, "<b>Tag</b> & Tab\tKontrol\u0001");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** The fixture's ADMINISTRATION announcement, prepared and published. */
    private static long published(AnnouncementFixture f) throws Exception {
        return f.publish("ADMINISTRATION", null).getJsonNumber("id").longValue();
    }

    /** Six applicants, three of them with the names above. */
    private static AnnouncementFixture applicants(int year) throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(year, 6);
        for (Map.Entry<Integer, String> name : NAMES.entrySet()) {
            assertEquals(1, sql("UPDATE application SET full_name = ? WHERE registration_number = ?", name.getValue(),
                    f.numbers.get(name.getKey() - 1)));
        }
        return f;
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).header("Accept",
                "application/json");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String entryPath(long id, String number) {
        return "/api/v1/announcements/" + id + "/entries/" + number;
    }

    /**
     * The v1 body of one entry built the way it always was, from the stored row: EntryJson's seven fields in JSON-B's
     * default (lexicographic) order, written by the JSON-P generator JSON-B writes with.
     */
    private static String v1Body(long id, String number) throws Exception {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement("SELECT code, entry_hash, formation_code, full_name,"
                        + " previous_hash, registration_number, seq FROM announcement_entry"
                        + " WHERE announcement_id = ? AND registration_number = ?")) {
            s.setLong(1, id);
            s.setString(2, number);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), number);
                return Json.createObjectBuilder().add("code", rs.getString(1)).add("entryHash", rs.getString(2))
                        .add("formationCode", rs.getString(3)).add("name", rs.getString(4))
                        .add("previousHash", rs.getString(5)).add("registrationNumber", rs.getString(6))
                        .add("seq", rs.getInt(7)).build().toString();
            }
        }
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    @Test
    @DisplayName("Issue 14: every entry's body is the v1 body byte for byte (escaped and non-ASCII names too), tagged"
            + " with its entry hash, immutable; If-None-Match with that tag is 304 without a body")
    void bodyTagAndNotModified() throws Exception {
        AnnouncementFixture f = applicants(2053);
        long id = published(f);
        for (String number : f.numbers) {
            HttpResponse<String> one = get(entryPath(id, number), null);
            assertEquals(200, one.statusCode(), one.body());
            assertEquals(v1Body(id, number), one.body(), number);
            String hash = object(one).getString("entryHash");
            assertEquals("\"" + hash + "\"", one.headers().firstValue("ETag").orElse(""), number);
            assertEquals("public, max-age=86400, immutable", one.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", one.headers().firstValue("X-Content-Type-Options").orElse(""));
            // an agency's token takes JAX-RS's way (AnnouncementResource), a reader's the fast one (EntryFastPath)
            HttpResponse<String> agency = send("GET", entryPath(id, number), ADMIN_TOKEN, null);
            assertEquals(one.body(), agency.body(), number);
            assertEquals(one.headers().firstValue("Content-Type"), agency.headers().firstValue("Content-Type"));
            assertEquals(one.headers().firstValue("ETag"), agency.headers().firstValue("ETag"));
        }
        assertTrue(get(entryPath(id, f.numbers.get(1)), null).body().contains("Maria Fernández Ñ 日本"));

        String number = f.numbers.get(0);
        String tag = get(entryPath(id, number), null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = get(entryPath(id, number), tag);
        assertEquals(304, unchanged.statusCode(), unchanged.body());
        assertEquals("", unchanged.body());
        assertEquals(tag, unchanged.headers().firstValue("ETag").orElse(""));
        assertTrue(unchanged.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("nosniff", unchanged.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, get(entryPath(id, number), "\"" + "0".repeat(64) + "\"").statusCode());
        assertEquals(304, get(entryPath(id, number), "\"" + "0".repeat(64) + "\", " + tag).statusCode());

        assertProblem(404, get(entryPath(id, "TIDAK-ADA-1"), null));
        assertProblem(404, get(entryPath(987654321L, number), null));
    }

    @Test
    @DisplayName("Issue 14: a draft's entries are not served (404), and the same entries are once it is published")
    void draftNotServed() throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(2054, 3);
        HttpResponse<String> draft = send("POST", "/api/v1/periods/" + f.period + "/announcements", ADMIN_TOKEN,
                "{\"stage\":\"ADMINISTRATION\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = object(draft).getJsonNumber("id").longValue();
        String number = f.numbers.get(0);
        assertProblem(404, get(entryPath(id, number), null));
        assertEquals(404, get("/hasil-seleksi/entri.xhtml?id=" + id + "&no=" + number, null).statusCode());

        assertEquals(200,
                send("POST", "/api/v1/announcements/" + id + "/approval", SUPERVISOR_TOKEN, null).statusCode());
        HttpResponse<String> one = get(entryPath(id, number), null);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(v1Body(id, number), one.body());
    }

    @Test
    @DisplayName("Issue 14: once read, entries are answered as published even if rows are changed behind the"
            + " application (API and HTML page); a chain that no longer verifies is not held and read as before")
    void answeredAsPublished() throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(2055, 4);
        long read = published(f);
        String third = f.numbers.get(2);
        String published = get(entryPath(read, third), null).body();
        assertTrue(published.contains("Pelamar Uji 3"), published);
        tamper(read);
        assertEquals(published, get(entryPath(read, third), null).body());
        HttpResponse<String> page = get("/hasil-seleksi/entri.xhtml?id=" + read + "&no=" + third, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Pelamar Uji 3") && !page.body().contains("Orang Lain"), page.body());

        // a correction is another announcement: tampered before its first look-up, it is refused from memory
        long unread = f.publish("ADMINISTRATION", read).getJsonNumber("id").longValue();
        tamper(unread);
        HttpResponse<String> fromDatabase = get(entryPath(unread, third), null);
        assertEquals(200, fromDatabase.statusCode(), fromDatabase.body());
        assertEquals(v1Body(unread, third), fromDatabase.body());
        assertTrue(fromDatabase.body().contains("Orang Lain"), fromDatabase.body());
        assertFalse(object(get("/api/v1/announcements/" + unread + "/verification", null)).getBoolean("valid"));
    }

    @Test
    @DisplayName("Issue 14: the entry page filled in from its rendered shell is the Faces page byte for byte, in both"
            + " languages and for names with markup; unknown entries stay 404")
    void entryPageAsFaces() throws Exception {
        AnnouncementFixture f = applicants(2056);
        long id = published(f);
        for (String language : new String[]{"id", "en"}) {
            for (String number : f.numbers) {
                String query = "?id=" + id + "&no=" + number;
                HttpResponse<String> page = page("/hasil-seleksi/entri.xhtml" + query, language);
                assertEquals(200, page.statusCode());
                assertEquals(page("/hasil-seleksi/entri-templat.xhtml" + query, language).body(), page.body());
            }
        }
        String tagged = page("/hasil-seleksi/entri.xhtml?id=" + id + "&no=" + f.numbers.get(3), "id").body();
        assertTrue(tagged.contains("<dd id=\"entryName\">&lt;b&gt;Tag&lt;/b&gt; &amp; Tab\tKontrol</dd>"), tagged);
        assertEquals(404, page("/hasil-seleksi/entri.xhtml?id=" + id + "&no=NOPE-1", "id").statusCode());
        assertEquals(404, page("/hasil-seleksi/entri.xhtml?id=x" + id + "&no=" + f.numbers.get(0), "id").statusCode());
    }

    private static HttpResponse<String> page(String path, String language) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Cookie", "lang=" + language).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Changes the third entry's name as a DBA who switches the guard off would. */
    private static void tamper(long id) throws Exception {
        sql("ALTER TABLE announcement_entry DISABLE TRIGGER announcement_entry_frozen;"
                + " UPDATE announcement_entry SET full_name = 'Orang Lain' WHERE announcement_id = " + id
                + " AND seq = 3; ALTER TABLE announcement_entry ENABLE TRIGGER announcement_entry_frozen");
    }
}
