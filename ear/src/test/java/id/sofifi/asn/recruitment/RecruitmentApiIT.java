package id.sofifi.asn.recruitment;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The recruitment API of API-CONTRACT.md, over HTTP against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String periodBody(String code) {
        return """
                {"code":"%s","name":"Seleksi uji API","year":2027,"type":"CPNS",
                 "registrationOpens":"2027-03-01T08:00:00+09:00","registrationCloses":"2027-03-31T23:59:59+09:00",
                 "objectionDays":3}""".formatted(code);
    }

    private static String createPeriod() throws IOException {
        String code = unique("API");
        HttpResponse<String> created = send("POST", "/api/v1/periods", ADMIN_TOKEN, periodBody(code));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static Set<String> errorFields(HttpResponse<String> response) {
        return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = object(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
    }

    @Test
    @DisplayName("POST /periods creates a period with the 2024 default thresholds (ASN-RULES §1.4)")
    void createsPeriodWithDefaultThresholds() throws IOException {
        String code = createPeriod();
        HttpResponse<String> found = send("GET", "/api/v1/periods/" + code, null, null);
        assertEquals(200, found.statusCode(), found.body());
        JsonObject period = object(found);
        assertEquals("CPNS", period.getString("type"));
        assertEquals("2027-03-01T08:00:00+09:00", period.getString("registrationOpens"));
        assertEquals("2027-03-31T23:59:59+09:00", period.getString("registrationCloses"));
        JsonObject thresholds = period.getJsonObject("thresholds");
        assertEquals(65, thresholds.getJsonObject("general").getInt("twk"));
        assertEquals(80, thresholds.getJsonObject("general").getInt("tiu"));
        assertEquals(166, thresholds.getJsonObject("general").getInt("tkp"));
        assertEquals(311, thresholds.getJsonObject("cumlaude").getInt("total"));
        assertEquals(85, thresholds.getJsonObject("cumlaude").getInt("tiu"));
        assertEquals(286, thresholds.getJsonObject("affirmative").getInt("total"));
        assertEquals(60, thresholds.getJsonObject("affirmative").getInt("tiu"));

        JsonArray all = (JsonArray) json(send("GET", "/api/v1/periods", null, null));
        assertTrue(all.getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getString("code").equals(code)));
    }

    @Test
    @DisplayName("A duplicate period code answers 409")
    void duplicatePeriodIsConflict() throws IOException {
        String code = createPeriod();
        assertProblem(send("POST", "/api/v1/periods", ADMIN_TOKEN, periodBody(code)), 409);
    }

    @Test
    @DisplayName("A bad period body answers 400 naming every bad field")
    void badPeriodBodyListsFields() throws IOException {
        HttpResponse<String> response = send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"x","name":"","year":1999,"type":"HONORER",
                 "registrationOpens":"2027-03-31T08:00:00+09:00","registrationCloses":"kemarin"}""");
        assertProblem(response, 400);
        assertEquals(Set.of("code", "name", "year", "type", "registrationCloses"), errorFields(response));

        HttpResponse<String> second = send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"x","name":"","year":1999,"type":"PPPK",
                 "registrationOpens":"2027-03-31T08:00:00+09:00","registrationCloses":"2027-03-01T08:00:00+09:00"}""");
        assertProblem(second, 400);
        assertEquals(Set.of("code", "name", "year", "registrationCloses"), errorFields(second));
        assertTrue(second.body().contains("wajib diisi"), "Indonesian by default: " + second.body());
    }

    @Test
    @DisplayName("A body that is not JSON answers 400, not 500")
    void unreadableBodyIsBadRequest() throws IOException {
        assertProblem(send("POST", "/api/v1/periods", ADMIN_TOKEN, "{\"code\": "), 400);
        assertProblem(send("POST", "/api/v1/periods", ADMIN_TOKEN, "{\"year\": \"dua ribu\"}"), 400);
    }

    @Test
    @DisplayName("Writes need a token with the admin role: none 401, unknown 401, agency 403")
    void writesNeedAdmin() throws IOException {
        assertProblem(send("POST", "/api/v1/periods", null, periodBody(unique("NOAUTH"))), 401);
        assertProblem(send("POST", "/api/v1/periods", "not-a-token", periodBody(unique("BADTOKEN"))), 401);
        assertProblem(send("POST", "/api/v1/periods", AGENCY_TOKEN, periodBody(unique("AGENCY"))), 403);
        assertProblem(send("PUT", "/api/v1/periods/CPNS-2026/thresholds", null, "{}"), 401);
        HttpResponse<String> unknownToken = send("GET", "/api/v1/periods", "revoked-or-unknown", null);
        assertProblem(unknownToken, 401);
        assertEquals("Bearer", unknownToken.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    @DisplayName("Token calls are stateless: no session cookie is handed out")
    void tokenCallsGetNoSession() throws IOException {
        HttpResponse<String> created = send("POST", "/api/v1/periods", ADMIN_TOKEN, periodBody(unique("NOSESSION")));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().allValues("Set-Cookie").isEmpty(), created.headers().toString());
    }

    @Test
    @DisplayName("PUT thresholds replaces them; values outside what a subtest can score are refused (§1.3, §1.4)")
    void thresholdsAreReplacedAndChecked() throws IOException {
        String code = createPeriod();
        HttpResponse<String> ok = send("PUT", "/api/v1/periods/" + code + "/thresholds", ADMIN_TOKEN, """
                {"general":{"twk":70,"tiu":85,"tkp":170},"cumlaude":{"total":320,"tiu":90},
                 "affirmative":{"total":280,"tiu":55}}""");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(170, object(ok).getJsonObject("thresholds").getJsonObject("general").getInt("tkp"));

        HttpResponse<String> bad = send("PUT", "/api/v1/periods/" + code + "/thresholds", ADMIN_TOKEN, """
                {"general":{"twk":151,"tiu":80,"tkp":166},"cumlaude":{"total":600,"tiu":85},
                 "affirmative":{"tiu":60}}""");
        assertProblem(bad, 400);
        assertEquals(Set.of("general.twk", "cumlaude.total", "affirmative.total"), errorFields(bad));
        assertProblem(send("PUT", "/api/v1/periods/NOPE-404/thresholds", ADMIN_TOKEN, """
                {"general":{"twk":65,"tiu":80,"tkp":166},"cumlaude":{"total":311,"tiu":85},
                 "affirmative":{"total":286,"tiu":60}}"""), 404);
    }

    @Test
    @DisplayName("Formations: create, refuse duplicates and bad fields, list with filters and paging")
    void formationsLifecycle() throws IOException {
        String period = createPeriod();
        String base = "/api/v1/periods/" + period + "/formations";
        HttpResponse<String> created = send("POST", base, ADMIN_TOKEN, """
                {"code":"DINKES-PERAWAT-09","position":"Perawat Ahli Pertama","workUnit":"DINKES",
                 "education":"S-1 Keperawatan","category":"DISABILITY","quota":2}""");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(base + "/DINKES-PERAWAT-09"));
        assertEquals(200, send("GET", base + "/DINKES-PERAWAT-09", null, null).statusCode());
        assertEquals(201, send("POST", base, ADMIN_TOKEN, """
                {"code":"DISDIK-GURU-09","position":"Guru Ahli Pertama","workUnit":"DISDIK",
                 "education":"S-1 Pendidikan Fisika","category":"GENERAL","quota":4}""").statusCode());

        assertProblem(send("POST", base, ADMIN_TOKEN, """
                {"code":"DINKES-PERAWAT-09","position":"Perawat","workUnit":"DINKES",
                 "education":"S-1","category":"GENERAL","quota":1}"""), 409);

        HttpResponse<String> bad = send("POST", base, ADMIN_TOKEN, """
                {"code":"ok-1","position":"Analis","workUnit":"TIDAK-ADA","education":"S-1",
                 "category":"GENERAL","quota":0}""");
        assertProblem(bad, 400);
        assertEquals(Set.of("quota"), errorFields(bad), "field rules first; the work unit is looked up once they hold");
        HttpResponse<String> unknownUnit = send("POST", base, ADMIN_TOKEN, """
                {"code":"OK-1","position":"Analis","workUnit":"TIDAK-ADA","education":"S-1",
                 "category":"GENERAL","quota":1}""");
        assertProblem(unknownUnit, 400);
        assertEquals(Set.of("workUnit"), errorFields(unknownUnit));
        HttpResponse<String> badCategory = send("POST", base, ADMIN_TOKEN, """
                {"code":"OK-2","position":"Analis","workUnit":"BKD","education":"S-1",
                 "category":"HONORER","quota":1}""");
        assertProblem(badCategory, 400);
        assertEquals(Set.of("category"), errorFields(badCategory));
        assertTrue(badCategory.body().contains("GENERAL, CUMLAUDE"), "names the allowed values: " + badCategory.body());

        JsonObject page = object(send("GET", base + "?category=DISABILITY", null, null));
        assertEquals(1, page.getInt("total"));
        assertEquals("DINKES-PERAWAT-09", page.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals("DINKES", page.getJsonArray("items").getJsonObject(0).getString("workUnit"));
        assertEquals(1, object(send("GET", base + "?q=fisika", null, null)).getInt("total"));
        assertEquals(1, object(send("GET", base + "?workUnit=DISDIK", null, null)).getInt("total"));
        JsonObject paged = object(send("GET", base + "?page=1&size=1", null, null));
        assertEquals(2, paged.getInt("total"));
        assertEquals(1, paged.getInt("page"));
        assertEquals(1, paged.getJsonArray("items").size());
        assertProblem(send("GET", base + "?size=501", null, null), 400);
        HttpResponse<String> notANumber = send("GET", base + "?size=abc", null, null);
        assertProblem(notANumber, 400);
        assertEquals(Set.of("size"), errorFields(notANumber));
        assertProblem(send("GET", base + "?page=2147483647&size=500", null, null), 400);
        assertEquals(1, object(
                send("GET", "/api/v1/periods/" + period.toLowerCase() + "/formations?workUnit=dinkes", null, null))
                .getInt("total"), "codes are found whatever their case");
        assertProblem(send("GET", "/api/v1/periods/NOPE-404/formations", null, null), 404);
        assertProblem(send("POST", base, null, "{}"), 401);
    }

    @Test
    @DisplayName("Problems are in Indonesian by default and in English when asked for")
    void speaksIndonesianThenEnglish() throws IOException {
        HttpResponse<String> indonesian = send("GET", "/api/v1/periods/NOPE-404", null, null);
        assertProblem(indonesian, 404);
        assertEquals("Periode NOPE-404 tidak ditemukan.", object(indonesian).getString("detail"));
        HttpResponse<String> english = SystemTest.send("GET", "/api/v1/periods/NOPE-404", null, null, "en");
        assertEquals("Period NOPE-404 not found.", object(english).getString("detail"));
    }

    @Test
    @DisplayName("Issue 9: /periods and /jobs each have one root resource, and the document still lists every path")
    void onePeriodsRootKeepsEveryPath() throws IOException {
        HttpResponse<String> openapi = send("GET", "/openapi", null, null);
        assertEquals(200, openapi.statusCode());
        Set<String> documented = object(openapi).getJsonObject("paths").keySet().stream()
                .filter(path -> path.startsWith("/api/v1/periods") || path.startsWith("/api/v1/jobs"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("/api/v1/periods", "/api/v1/periods/{code}", "/api/v1/periods/{code}/thresholds",
                "/api/v1/periods/{code}/application-imports", "/api/v1/periods/{code}/formations",
                "/api/v1/periods/{code}/formations/{formation}",
                "/api/v1/periods/{code}/formations/{formation}/skb-weights", "/api/v1/periods/{code}/skd-score-imports",
                "/api/v1/periods/{code}/skb-score-imports", "/api/v1/periods/{code}/skd-rankings",
                "/api/v1/periods/{code}/final-rankings", "/api/v1/periods/{code}/skd-results",
                "/api/v1/periods/{code}/final-results", "/api/v1/periods/{code}/announcements",
                // workforce's own root of exactly this path (AppointmentResource)
                "/api/v1/periods/{code}/appointments", "/api/v1/jobs/{id}", "/api/v1/jobs/{id}/stop",
                "/api/v1/jobs/{id}/restart"), documented, openapi.body());
    }

    @Test
    @DisplayName("Issue 9: paths served through the one /periods and /jobs roots keep their role checks")
    void pathsBehindTheOneRootsKeepTheirRoles() throws IOException {
        assertProblem(send("POST", "/api/v1/jobs/999999/stop", null, null), 401);
        assertProblem(send("POST", "/api/v1/jobs/999999/restart", AGENCY_TOKEN, null), 403);
        assertProblem(send("POST", "/api/v1/jobs/999999/stop", ADMIN_TOKEN, null), 404);
        assertProblem(send("POST", "/api/v1/jobs/abc/restart", ADMIN_TOKEN, null), 400);
        assertProblem(send("POST", "/api/v1/periods/NOPE-404/skd-rankings", AGENCY_TOKEN, null), 403);
        assertProblem(send("GET", "/api/v1/periods/NOPE-404/final-results", null, null), 401);
        assertProblem(send("GET", "/api/v1/periods/NOPE-404/skd-results", ADMIN_TOKEN, null), 404);
        assertProblem(send("POST", "/api/v1/periods/NOPE-404/announcements", AGENCY_TOKEN, "{}"), 403);
        assertProblem(send("PUT", "/api/v1/periods/NOPE-404/formations/F/skb-weights", null, "{}"), 401);
    }

    @Test
    @DisplayName("OpenAPI document and health endpoint are served")
    void openApiAndHealth() throws IOException {
        HttpResponse<String> openapi = send("GET", "/openapi", null, null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/periods/{code}/formations"), openapi.body());
        HttpResponse<String> health = send("GET", SystemTest.MANAGEMENT_URL + "/health", null, null);
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", object(health).getString("status"));
        HttpResponse<String> ready = send("GET", SystemTest.MANAGEMENT_URL + "/health/ready", null, null);
        JsonObject database = object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getString("schemaVersion").matches("\\d+"), database.toString());
    }
}
