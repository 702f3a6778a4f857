package id.sofifi.asn.servicequality;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 against the deployed EAR: paper forms imported in bulk with line-exact errors, kiosk tablets paired with
 * a unit (exempt from the hourly limit, watched more closely), bursts flagged for the BKD, excluded responses left
 * out of the index and counted apart, the poster, and the results page's trend and groups of five.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyIntegrityIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));
    private static final String HEADER = "served_on,u1,u2,u3,u4,u5,u6,u7,u8,u9,sex,age,education,occupation";
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static String workUnit;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void workUnit() throws IOException {
        workUnit = unique("WU");
        assertEquals(201,
                send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                        "{\"code\":\"%s\",\"name\":\"Dinas Kependudukan dan Pencatatan Sipil\"}".formatted(workUnit))
                        .statusCode());
    }

    private static String serviceUnit() throws IOException {
        String code = unique("LOKET");
        HttpResponse<String> created = send("POST", "/api/v1/service-units", ADMIN_TOKEN, """
                {"code":"%s","name":"Loket KTP Elektronik","workUnitCode":"%s","annualUsers":12000}""".formatted(code,
                workUnit));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    /** A response from this test's address, with a kiosk's cookie when given. */
    private static HttpResponse<String> respond(String unit, String answers, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(SystemTest.BASE_URL + "/api/v1/service-units/" + unit + "/survey-responses"))
                .header("Content-Type", "application/json").header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"answers":[%s],"servedOn":"%s",
                         "respondent":{"sex":"F","age":"AGE_30_39","education":"S1","occupation":"PRIVATE_EMPLOYEE"}}"""
                        .formatted(answers, TODAY)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int respondents(String unit) throws IOException {
        HttpResponse<String> index = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY.minusDays(7) + "&to=" + TODAY, null, null);
        assertEquals(200, index.statusCode(), index.body());
        return object(index).getInt("respondents");
    }

    private static List<JsonObject> flagged(String unit, String query) throws IOException {
        HttpResponse<String> list = send("GET", "/api/v1/service-units/" + unit + "/flagged-responses" + query,
                ADMIN_TOKEN, null);
        assertEquals(200, list.statusCode(), list.body());
        return ((JsonArray) json(list)).getValuesAs(JsonObject.class);
    }

    private static JsonObject importForms(String unit, String... lines) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        return awaitJob(sendCsv("/api/v1/service-units/" + unit + "/survey-imports", ADMIN_TOKEN,
                csv.getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN);
    }

    private static String page(String path) throws IOException, InterruptedException {
        return NO_REDIRECTS.send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).header("Accept-Language", "id").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @DisplayName("Issue 11: paper forms are checked row by row with line-exact errors; the same file twice adds nothing")
    void paperImport() throws Exception {
        String unit = serviceUnit();
        String[] lines = {TODAY + ",4,4,3,4,3,4,4,3,4,F,AGE_30_39,S1,PRIVATE_EMPLOYEE", // 2
                TODAY + ",4,4,3,5,3,4,4,3,4,,,,", // 3: u4 of 5
                TODAY.plusDays(1) + ",4,4,3,4,3,4,4,3,4,,,,", // 4: tomorrow
                TODAY + ",,,,,,,,,,M,,,", // 5: nothing answered
                TODAY.minusDays(200) + ",3,3,3,3,3,3,3,3,,M,UNDER_20,SMA,STUDENT", // 6: u9 blank, served long ago
                TODAY + ",3,3,3,3,3,3,3,3,3,X,,,"}; // 7: sex X
        JsonObject job = importForms(unit, lines);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(6, job.getInt("read"));
        assertEquals(2, job.getInt("written"), job.toString());
        assertEquals(4, job.getInt("skipped"));
        Map<String, String> errors = job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"),
                        e -> e.getString("message")));
        assertEquals(Map.of("3:u4", "nilai harus 1–4", "4:served_on", "tanggal dilayani tidak boleh sesudah hari ini",
                "5:row", "isi paling sedikit satu pertanyaan", "7:sex", "nilai \"X\" harus salah satu dari M/F"),
                errors);
        assertEquals(1, respondents(unit), "the form served 200 days ago is outside the last week");
        HttpResponse<String> year = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY.minusDays(366) + "&to=" + TODAY, null, null);
        assertEquals(2, object(year).getInt("respondents"));
        assertEquals("3.5000", object(year).getJsonArray("nrr").getString(5), "u6: (4 + 3) / 2");
        assertEquals("4.0000", object(year).getJsonArray("nrr").getString(8), "u9 left blank on line 6: 4 / 1");

        importForms(unit, lines);
        assertEquals(2,
                object(send("GET",
                        "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY.minusDays(366) + "&to=" + TODAY, null,
                        null)).getInt("respondents"),
                "the same file again adds nothing");

        assertEquals(403, sendCsv("/api/v1/service-units/" + unit + "/survey-imports", AGENCY_TOKEN,
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, sendCsv("/api/v1/service-units/TIDAK-ADA/survey-imports", ADMIN_TOKEN,
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(400,
                sendCsv("/api/v1/service-units/" + unit + "/survey-imports", ADMIN_TOKEN,
                        "served_on,u1\n".getBytes(StandardCharsets.UTF_8)).statusCode(),
                "a wrong header refuses the file");
    }

    @Test
    @DisplayName("Issue 11: a paired kiosk is exempt from the hourly limit but its bursts are flagged; revoked, it is a phone")
    void pairedKiosk() throws Exception {
        String unit = serviceUnit();
        HttpResponse<String> paired = send("POST", "/api/v1/service-units/" + unit + "/kiosks", ADMIN_TOKEN,
                "{\"label\":\"Tablet loket 1\"}");
        assertEquals(201, paired.statusCode(), paired.body());
        JsonObject kiosk = object(paired);
        assertEquals("WAITING", kiosk.getString("status"));
        String link = kiosk.getString("pairingUrl");
        assertTrue(link.contains("/kios?kode=" + kiosk.getString("pairingCode")), link);
        String path = link.substring(link.indexOf("/kios"));

        HttpResponse<String> opened = NO_REDIRECTS.send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, opened.statusCode(), opened.body());
        assertTrue(opened.headers().firstValue("Location").orElseThrow().contains("/survei.xhtml?unit=" + unit));
        String setCookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertTrue(cookie.startsWith("asn_kiosk="), cookie);
        HttpResponse<String> again = NO_REDIRECTS.send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), "a pairing link works once");

        for (int i = 0; i < 7; i++) {
            HttpResponse<String> sent = respond(unit, i % 2 == 0 ? "4,4,4,4,4,4,4,4,4" : "3,4,3,4,3,4,3,4,3", cookie);
            assertEquals(201, sent.statusCode(), "kiosk response " + (i + 1) + ": " + sent.body());
        }
        assertEquals(7, respondents(unit), "flagged responses count until the BKD excludes them");
        List<JsonObject> flags = flagged(unit, "");
        assertEquals(7, flags.size(), "the third within two minutes completes a burst, flagging the two before it");
        assertTrue(flags.stream().allMatch(f -> f.getString("channel").equals("KIOSK")
                && f.getString("kiosk").equals("Tablet loket 1") && f.getString("reason").equals("BURST")));
        assertEquals(2, flags.stream().mapToInt(f -> f.getInt("windowMinutes")).max().orElseThrow());

        String results = page("/ikm.xhtml?unit=" + unit);
        String bySex = results.substring(results.indexOf("id=\"by-SEX\""), results.indexOf("id=\"by-AGE_BAND\""));
        assertTrue(bySex.contains("<td>7</td>"), "seven women: shown " + bySex);
        assertTrue(bySex.contains("kurang dari 5 responden"), "no man: withheld " + bySex);
        assertEquals(4, results.split("<li><span class=\"label\">Triwulan", -1).length - 1, "four quarters");

        HttpResponse<String> revoked = send("DELETE",
                "/api/v1/service-units/" + unit + "/kiosks/" + kiosk.getJsonNumber("id").longValue(), ADMIN_TOKEN,
                null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", object(revoked).getString("status"));
        for (int i = 0; i < 5; i++) {
            assertEquals(201, respond(unit, "2,3,2,3,2,3,2,3,2", cookie).statusCode());
        }
        assertEquals(429, respond(unit, "2,3,2,3,2,3,2,3,2", cookie).statusCode(), "revoked: limited like a phone");
        assertEquals(403,
                send("POST", "/api/v1/service-units/" + unit + "/kiosks", AGENCY_TOKEN, "{\"label\":\"Tablet lain\"}")
                        .statusCode());
    }

    @Test
    @DisplayName("Issue 11: a phone's burst is flagged; the BKD excludes one with a reason, counted apart, and counts it again")
    void excludedCountedApart() throws Exception {
        String unit = serviceUnit();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, respond(unit, "1,1,1,1,1,1,1,2,1", null).statusCode());
        }
        assertEquals(List.of(), flagged(unit, ""), "three in ten minutes are no burst");
        assertEquals(201, respond(unit, "4,4,4,4,4,4,4,4,4", null).statusCode());
        List<JsonObject> flags = flagged(unit, "?reason=BURST&excluded=false");
        assertEquals(4, flags.size());
        assertTrue(flags.stream().allMatch(f -> f.getString("channel").equals("PHONE") && f.getInt("count") == 4));
        long id = flags.get(0).getJsonNumber("id").longValue();
        String exclusion = "/api/v1/service-units/" + unit + "/flagged-responses/" + id + "/exclusion";

        HttpResponse<String> noReason = send("POST", exclusion, ADMIN_TOKEN, "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals("reason", object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, send("POST", exclusion, AGENCY_TOKEN, "{\"reason\":\"pengisian beruntun\"}").statusCode());
        HttpResponse<String> excluded = send("POST", exclusion, ADMIN_TOKEN,
                "{\"reason\":\"empat jawaban dalam satu menit dari satu alamat\"}");
        assertEquals(200, excluded.statusCode(), excluded.body());
        assertTrue(object(excluded).getBoolean("excluded"));
        assertTrue(!object(excluded).getString("excludedBy").isBlank());
        assertEquals(409,
                send("POST", exclusion, ADMIN_TOKEN, "{\"reason\":\"sekali lagi dikeluarkan\"}").statusCode());
        assertEquals(3, respondents(unit), "the excluded response is not counted");
        assertEquals(List.of(id),
                flagged(unit, "?excluded=true").stream().map(f -> f.getJsonNumber("id").longValue()).toList());
        assertTrue(page("/ikm.xhtml?unit=" + unit).contains("1 jawaban dikeluarkan oleh BKD"), "counted apart");
        assertEquals(404,
                send("POST", "/api/v1/service-units/" + serviceUnit() + "/flagged-responses/" + id + "/exclusion",
                        ADMIN_TOKEN, "{\"reason\":\"unit yang salah\"}").statusCode());

        HttpResponse<String> included = send("DELETE", exclusion, ADMIN_TOKEN, null);
        assertEquals(200, included.statusCode(), included.body());
        assertEquals(4, respondents(unit));
        assertEquals(409, send("DELETE", exclusion, ADMIN_TOKEN, null).statusCode());
    }

    @Test
    @DisplayName("Issue 11: the unit's A4 poster is a PDF anyone can print; an unknown unit has none")
    void poster() throws Exception {
        String unit = serviceUnit();
        HttpResponse<byte[]> pdf = poster(unit);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(404, poster("TIDAK-ADA").statusCode());
    }

    /** The poster as a browser asks for it (any type, not JSON). */
    private static HttpResponse<byte[]> poster(String unit) throws IOException, InterruptedException {
        return NO_REDIRECTS.send(HttpRequest
                .newBuilder(URI.create(SystemTest.BASE_URL + "/api/v1/service-units/" + unit + "/poster")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
