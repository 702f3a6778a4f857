package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public complaints of API-CONTRACT.md (Oversight) over HTTP against the deployed EAR (ASN-RULES §5). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintIT {
    private static String unit;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void unit() throws IOException {
        unit = Reports.unit("OV");
    }

    private static JsonObject file(String privacy) throws IOException {
        return Reports.file(privacy, unit);
    }

    private static HttpResponse<String> readWithSecret(String code, String secret)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/api/v1/complaints/" + code))
                .header("Accept", "application/json").header("X-Reporter-Secret", secret).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("§5: a PUBLIC report reads in full without the reporter; the secret is in the 201 answer only")
    void publicReport() throws IOException {
        JsonObject filed = file("PUBLIC");
        String code = filed.getString("trackingCode");
        assertTrue(code.matches("LAP-\\d{4}-[2-9A-Z]{6}"), code);
        assertEquals("RECEIVED", filed.getString("status"));
        assertFalse(filed.getString("secret").isBlank());
        HttpResponse<String> read = send("GET", "/api/v1/complaints/" + code, null, null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject body = object(read);
        assertEquals("Antrian layanan lama", body.getString("title"));
        assertEquals(unit, body.getJsonObject("workUnit").getString("code"));
        assertEquals("RECEIVED", body.getJsonArray("timeline").getJsonObject(0).getString("status"));
        assertFalse(body.containsKey("secret"), read.body());
        assertFalse(read.body().contains("Siti"), read.body());
        assertEquals("Siti Rahma", object(send("GET", "/api/v1/complaints/" + code, ADMIN_TOKEN, null))
                .getJsonObject("reporter").getString("name"));
    }

    @Test
    @DisplayName("§5: an ANONYMOUS report's text is public, its reporter is not")
    void anonymousReport() throws IOException {
        String code = file("ANONYMOUS").getString("trackingCode");
        HttpResponse<String> read = send("GET", "/api/v1/complaints/" + code, null, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("ANONYMOUS", object(read).getString("privacy"));
        assertFalse(object(read).containsKey("reporter"), read.body());
        assertFalse(read.body().contains("siti@example.id"), read.body());
    }

    @Test
    @DisplayName("§5: a CONFIDENTIAL report is 404 to the public, 200 with the reporter's secret or for staff")
    void confidentialReport() throws IOException, InterruptedException {
        JsonObject filed = file("CONFIDENTIAL");
        String code = filed.getString("trackingCode");
        HttpResponse<String> hidden = send("GET", "/api/v1/complaints/" + code, null, null);
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(404, send("GET", "/api/v1/complaints/LAP-2000-ZZZZZZ", null, null).statusCode());
        assertEquals(404, readWithSecret(code, "AAAA-BBBB-CCCC-DDDD").statusCode());
        HttpResponse<String> withSecret = readWithSecret(code, filed.getString("secret"));
        assertEquals(200, withSecret.statusCode(), withSecret.body());
        assertFalse(withSecret.body().contains("Siti"), withSecret.body());
        assertEquals(200, send("GET", "/api/v1/complaints/" + code, ADMIN_TOKEN, null).statusCode());
    }

    @Test
    @DisplayName("§5 C1-like: with a holiday PUT on the 2nd working day ahead, routeBy is the 4th weekday after today")
    void deadlinesOverHolidays() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate d = today.plusDays(1); weekdays.size() < 4; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(d);
            }
        }
        LocalDate holiday = weekdays.get(1);
        HttpResponse<String> put = send("PUT", "/api/v1/holidays/" + holiday.getYear(), ADMIN_TOKEN,
                "[\"" + holiday + "\"]");
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("[\"" + holiday + "\"]", send("GET", "/api/v1/holidays/" + holiday.getYear(), null, null).body());

        JsonObject deadlines = file("PUBLIC").getJsonObject("deadlines");
        assertEquals(weekdays.get(3).toString(), deadlines.getString("routeBy"));
        assertEquals(today.plusDays(60).toString(), deadlines.getString("settleBy"));

        HttpResponse<String> outside = send("PUT", "/api/v1/holidays/" + holiday.getYear(), ADMIN_TOKEN,
                "[\"" + holiday.plusYears(1) + "\"]");
        assertEquals(400, outside.statusCode(), outside.body());
        assertEquals("days[0]", object(outside).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, send("PUT", "/api/v1/holidays/" + holiday.getYear(), null, "[]").statusCode());
    }

    @Test
    @DisplayName("§5: route, follow up, the reporter's reply (with the secret only) move the status; closing a routed "
            + "case is refused with 409 problem+json")
    void transitions() throws IOException {
        JsonObject filed = file("PUBLIC");
        String code = filed.getString("trackingCode");
        HttpResponse<String> routed = send("POST", "/api/v1/complaints/" + code + "/routing", ADMIN_TOKEN,
                "{\"workUnitCode\":\"" + unit + "\"}");
        assertEquals(200, routed.statusCode(), routed.body());
        assertEquals("ROUTED", object(routed).getString("status"));
        assertTrue(object(routed).getJsonArray("overdue").isEmpty(), routed.body());

        HttpResponse<String> early = send("POST", "/api/v1/complaints/" + code + "/closing", ADMIN_TOKEN, null);
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> answered = send("POST", "/api/v1/complaints/" + code + "/follow-ups", ADMIN_TOKEN,
                "{\"answer\":\"Loket tambahan dibuka mulai Senin.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("FOLLOWED_UP", object(answered).getString("status"));

        HttpResponse<String> stranger = send("POST", "/api/v1/complaints/" + code + "/replies", null,
                "{\"secret\":\"AAAA-BBBB-CCCC-DDDD\",\"text\":\"Belum selesai.\"}");
        assertEquals(400, stranger.statusCode(), stranger.body());
        assertEquals("secret", object(stranger).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> replied = send("POST", "/api/v1/complaints/" + code + "/replies", null,
                "{\"secret\":\"%s\",\"text\":\"Antrian masih tiga jam.\"}".formatted(filed.getString("secret")));
        assertEquals(200, replied.statusCode(), replied.body());
        assertEquals("ROUTED", object(replied).getString("status"));
        assertEquals(401, send("POST", "/api/v1/complaints/" + code + "/closing", null, null).statusCode());
    }

    /** A public page as an Indonesian reader gets it (200 asserted); also for the dashboard test. */
    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).header("Accept-Language", "id").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    @Test
    @DisplayName("§5: the public pages — the form explains the three privacy classes; the status page shows the "
            + "deadlines as dd MMMM yyyy and never the reporter; a confidential case reads as not found")
    void publicPages() throws IOException, InterruptedException {
        String form = page("/lapor.xhtml");
        assertTrue(form.contains("Publik") && form.contains("Anonim") && form.contains("Rahasia"), form);

        JsonObject filed = file("PUBLIC");
        String status = page("/lapor/status.xhtml?kode=" + filed.getString("trackingCode"));
        assertTrue(status.contains("Antrian layanan lama"), status);
        LocalDate routeBy = LocalDate.parse(filed.getJsonObject("deadlines").getString("routeBy"));
        String day = routeBy.format(DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.forLanguageTag("id")));
        assertTrue(status.contains(day), day + " in " + status);
        assertFalse(status.contains("Siti"), status);

        String hidden = page("/lapor/status.xhtml?kode=" + file("CONFIDENTIAL").getString("trackingCode"));
        assertTrue(hidden.contains("id=\"notFound\""), hidden);
        assertFalse(hidden.contains("Antrian layanan lama"), hidden);
    }

    @Test
    @DisplayName("§5: bad input is 400 naming each field; an unknown unit names workUnitCode")
    void badInput() throws IOException {
        HttpResponse<String> bad = send("POST", "/api/v1/complaints", null,
                "{\"kind\":\"GOSSIP\",\"privacy\":\"PUBLIC\",\"title\":\"Hi\",\"body\":\"Terlalu lama sekali.\","
                        + "\"workUnitCode\":\"NOPE-UNIT\",\"reporter\":{\"email\":\"bukan-email\"}}");
        assertEquals(400, bad.statusCode(), bad.body());
        String errors = object(bad).getJsonArray("errors").toString();
        assertTrue(errors.contains("\"kind\"") && errors.contains("\"title\"") && errors.contains("\"reporter.email\""),
                errors);
        HttpResponse<String> unknownUnit = send("POST", "/api/v1/complaints", null,
                "{\"kind\":\"ASPIRATION\",\"privacy\":\"PUBLIC\",\"title\":\"Taman kota\","
                        + "\"body\":\"Mohon taman kota diperbanyak.\",\"workUnitCode\":\"NOPE-UNIT\"}");
        assertEquals(400, unknownUnit.statusCode(), unknownUnit.body());
        assertEquals("workUnitCode", object(unknownUnit).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    @DisplayName("§5 duplicates: a case of the same unit with the same words is suggested; merging ends the duplicate"
            + " pointing at the survivor, both timelines say so, a second merge is a conflict")
    void duplicatesMerge() throws IOException {
        String first = file("PUBLIC").getString("trackingCode");
        String second = file("PUBLIC").getString("trackingCode");
        HttpResponse<String> suggested = send("GET", "/api/v1/complaints/" + second + "/duplicates", ADMIN_TOKEN, null);
        assertEquals(200, suggested.statusCode(), suggested.body());
        JsonObject best = SystemTest.json(suggested).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("trackingCode").equals(first)).findFirst().orElseThrow();
        assertEquals(100, best.getInt("similarityPercent"), best.toString());
        assertEquals(401, send("GET", "/api/v1/complaints/" + second + "/duplicates", null, null).statusCode());

        assertEquals(400, send("POST", "/api/v1/complaints/" + second + "/merging", ADMIN_TOKEN, "{}").statusCode());
        HttpResponse<String> merged = send("POST", "/api/v1/complaints/" + second + "/merging", ADMIN_TOKEN,
                "{\"intoTrackingCode\":\"" + first + "\"}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals("REJECTED", object(merged).getString("status"));
        assertTrue(merged.body().contains("\"event\":\"MERGED_INTO\",\"note\":\"" + first), merged.body());
        String survivor = send("GET", "/api/v1/complaints/" + first, null, null).body();
        assertTrue(survivor.contains("\"event\":\"DUPLICATE_JOINED\"") && survivor.contains(second), survivor);
        assertEquals(409, send("POST", "/api/v1/complaints/" + second + "/merging", ADMIN_TOKEN,
                "{\"intoTrackingCode\":\"" + first + "\"}").statusCode());
        assertEquals(404, send("POST", "/api/v1/complaints/" + first + "/merging", ADMIN_TOKEN,
                "{\"intoTrackingCode\":\"LAP-2000-ZZZZZZ\"}").statusCode());
    }

    @Test
    @DisplayName("§5: each staff reveal of the reporter's identity is audited, without the identity in the audit")
    void revealAudited() throws Exception {
        String code = file("ANONYMOUS").getString("trackingCode");
        assertEquals(0, reveals(code));
        HttpResponse<String> staff = send("GET", "/api/v1/complaints/" + code, ADMIN_TOKEN, null);
        assertEquals("Siti Rahma", object(staff).getJsonObject("reporter").getString("name"));
        send("GET", "/api/v1/complaints/" + code, ADMIN_TOKEN, null);
        assertEquals(2, reveals(code));
        send("GET", "/api/v1/complaints/" + code, null, null);
        assertEquals(2, reveals(code), "a public read reveals nothing");
    }

    /** The audited reveals of the case's reporter; fails if any audit text names the reporter. */
    private static int reveals(String code) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager
                .getConnection("jdbc:postgresql://localhost:" + SystemTest.DB_PORT + "/asn", "asn", "asn");
                java.sql.PreparedStatement query = db
                        .prepareStatement("SELECT action, summary FROM audit_event" + " WHERE subject_key = ?")) {
            query.setString(1, code);
            int reveals = 0;
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertTrue(!rows.getString(2).contains("Siti"), rows.getString(2));
                    reveals += "complaint.reporterRevealed".equals(rows.getString(1)) ? 1 : 0;
                }
            }
            return reveals;
        }
    }

    @Test
    @DisplayName("Issue 12: the reporter rates the unit's answer 1–4 with the secret, which closes the case; a wrong"
            + " secret or a rating outside 1–4 is refused by its field")
    void reporterRates() throws IOException {
        JsonObject filed = file("PUBLIC");
        String code = filed.getString("trackingCode");
        send("POST", "/api/v1/complaints/" + code + "/routing", ADMIN_TOKEN, "{\"workUnitCode\":\"" + unit + "\"}");
        send("POST", "/api/v1/complaints/" + code + "/follow-ups", ADMIN_TOKEN, "{\"answer\":\"Sudah ditangani.\"}");
        String secret = filed.getString("secret");
        HttpResponse<String> wrongSecret = send("POST", "/api/v1/complaints/" + code + "/ratings", null,
                "{\"secret\":\"AAAA-BBBB-CCCC-DDDD\",\"rating\":4}");
        assertEquals("secret", object(wrongSecret).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> tooHigh = send("POST", "/api/v1/complaints/" + code + "/ratings", null,
                "{\"secret\":\"%s\",\"rating\":5}".formatted(secret));
        assertEquals(400, tooHigh.statusCode(), tooHigh.body());
        assertEquals("rating", object(tooHigh).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> rated = send("POST", "/api/v1/complaints/" + code + "/ratings", null,
                "{\"secret\":\"%s\",\"rating\":3}".formatted(secret));
        assertEquals(200, rated.statusCode(), rated.body());
        assertEquals("CLOSED", object(rated).getString("status"));
        assertTrue(rated.body().contains("\"event\":\"RATED\",\"note\":\"3\""), rated.body());
        assertEquals(409, send("POST", "/api/v1/complaints/" + code + "/ratings", null,
                "{\"secret\":\"%s\",\"rating\":4}".formatted(secret)).statusCode());
    }
}
