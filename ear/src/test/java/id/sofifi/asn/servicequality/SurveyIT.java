package id.sofifi.asn.servicequality;

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
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The public satisfaction survey over the API of API-CONTRACT.md (Performance and service quality) against the
 * deployed EAR: service units, responses with their refusals, receipt codes used once, the hourly limit of an
 * address, and the index of ASN-RULES §3 as exact JSON. Each test has its own unit, so the limit of the one address
 * the tests send from is counted per test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));
    private static String workUnit;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void workUnit() throws IOException {
        workUnit = unique("WU");
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Dinas Penanaman Modal dan PTSP\"}".formatted(workUnit));
        assertEquals(201, created.statusCode(), created.body());
    }

    private static String serviceUnit(int annualUsers) throws IOException {
        String code = unique("LOKET");
        HttpResponse<String> created = send("POST", "/api/v1/service-units", ADMIN_TOKEN, """
                {"code":"%s","name":"Loket Perizinan Terpadu","workUnitCode":"%s","annualUsers":%d}""".formatted(code,
                workUnit, annualUsers));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static HttpResponse<String> respond(String unit, String answers, LocalDate servedOn, String receiptCode)
            throws IOException {
        String receipt = receiptCode == null ? "" : ",\"receiptCode\":\"" + receiptCode + "\"";
        return send("POST", "/api/v1/service-units/" + unit + "/survey-responses", null, """
                {"answers":[%s],"servedOn":"%s"%s,
                 "respondent":{"sex":"F","age":"AGE_30_39","education":"S1","occupation":"PRIVATE_EMPLOYEE"}}"""
                .formatted(answers, servedOn, receipt));
    }

    private static void assertCreated(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
    }

    private static JsonObject ikm(String unit) throws IOException {
        HttpResponse<String> index = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY.minusDays(7) + "&to=" + TODAY, null, null);
        assertEquals(200, index.statusCode(), index.body());
        return object(index);
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    @DisplayName("§3 I2 over the API: four responses, one blank on element 9 → exactly the contract's ikm JSON, 85.19 B")
    void i2() throws IOException {
        String unit = serviceUnit(12_000);
        assertCreated(respond(unit, "4,4,3,4,3,4,4,3,4", TODAY, null));
        assertCreated(respond(unit, "3,3,3,4,3,3,4,3,3", TODAY.minusDays(1), null));
        assertCreated(respond(unit, "4,3,2,4,3,4,3,3,4", TODAY.minusDays(2), null));
        assertCreated(respond(unit, "3,3,3,4,4,3,4,3,null", TODAY.minusDays(3), null));
        JsonObject expected = Json.createReader(new StringReader("""
                {"respondents":4,
                 "nrr":["3.5000","3.2500","2.7500","4.0000","3.2500","3.5000","3.7500","3.0000","3.6667"],
                 "ikm":"3.4074","converted":"85.19","grade":"B","performance":"Baik",
                 "minimumSample":373,"sampleSufficient":false}""")).readObject();
        assertEquals(expected, ikm(unit));
        HttpResponse<String> outside = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY.minusDays(2) + "&to=" + TODAY.minusDays(1), null,
                null);
        assertEquals(2, object(outside).getInt("respondents"), "only responses served in [from, to] count");
    }

    @Test
    @DisplayName("§3: an element nobody answered leaves the index undefined (nulls), never a division by zero")
    void undefined() throws IOException {
        String unit = serviceUnit(1_000_000);
        assertCreated(respond(unit, "4,4,4,4,4,4,4,4,null", TODAY, null));
        JsonObject index = ikm(unit);
        assertEquals(1, index.getInt("respondents"));
        assertEquals("4.0000", index.getJsonArray("nrr").getString(0));
        assertTrue(index.getJsonArray("nrr").isNull(8));
        assertTrue(index.isNull("ikm"));
        assertTrue(index.isNull("converted"));
        assertTrue(index.isNull("grade"));
        assertEquals(384, index.getInt("minimumSample"));
    }

    @Test
    @DisplayName("Bad responses are refused with their field: answer 5, ten answers, all blank, a future or old date")
    void refusesBadResponses() throws IOException {
        String unit = serviceUnit(500);
        assertEquals(List.of("answers[2]"), errorFields(respond(unit, "4,3,5,4,3,3,4,3,4", TODAY, null)));
        assertEquals(List.of("answers"), errorFields(respond(unit, "4,3,3,4,3,3,4,3,4,4", TODAY, null)));
        assertEquals(List.of("answers"),
                errorFields(respond(unit, "null,null,null,null,null,null,null,null,null", TODAY, null)));
        assertEquals(List.of("servedOn"), errorFields(respond(unit, "4,3,3,4,3,3,4,3,4", TODAY.plusDays(1), null)));
        assertEquals(List.of("servedOn"), errorFields(respond(unit, "4,3,3,4,3,3,4,3,4", TODAY.minusDays(91), null)));
        assertEquals(List.of("answers[0]", "servedOn"),
                errorFields(respond(unit, "0,3,3,4,3,3,4,3,4", TODAY.plusDays(3), null)));
        HttpResponse<String> badAge = send("POST", "/api/v1/service-units/" + unit + "/survey-responses", null,
                "{\"answers\":[4,4,4,4,4,4,4,4,4],\"servedOn\":\"%s\",\"respondent\":{\"age\":\"37\"}}"
                        .formatted(TODAY));
        assertEquals(List.of("respondent.age"), errorFields(badAge));
        assertEquals(404, respond("TIDAK-ADA", "4,4,4,4,4,4,4,4,4", TODAY, null).statusCode());
        assertEquals(0, ikm(unit).getInt("respondents"), "nothing refused was stored");
    }

    @Test
    @DisplayName("A receipt code is accepted once: the second use is 409, an unknown code 400, issuing needs staff")
    void receiptCodeOnce() throws IOException {
        String unit = serviceUnit(2_000);
        HttpResponse<String> issued = send("POST", "/api/v1/service-units/" + unit + "/receipt-codes", ADMIN_TOKEN,
                "{\"count\":3}");
        assertEquals(201, issued.statusCode(), issued.body());
        List<String> codes = object(issued).getJsonArray("codes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(3, codes.size());
        assertEquals(3, codes.stream().collect(Collectors.toSet()).size());
        assertCreated(respond(unit, "4,4,4,4,4,4,4,4,4", TODAY, codes.get(0)));
        HttpResponse<String> again = respond(unit, "1,1,1,1,1,1,1,1,1", TODAY, codes.get(0));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertCreated(respond(unit, "3,3,3,3,3,3,3,3,3", TODAY, codes.get(1).replace("-", "").toLowerCase()));
        assertEquals(List.of("receiptCode"), errorFields(respond(unit, "4,4,4,4,4,4,4,4,4", TODAY, "XXXX-XXXX")));
        String otherUnit = serviceUnit(2_000);
        assertEquals(List.of("receiptCode"), errorFields(respond(otherUnit, "4,4,4,4,4,4,4,4,4", TODAY, codes.get(2))));
        assertEquals(2, ikm(unit).getInt("respondents"));
        assertEquals(401,
                send("POST", "/api/v1/service-units/" + unit + "/receipt-codes", null, "{\"count\":1}").statusCode());
        assertEquals(List.of("count"), errorFields(
                send("POST", "/api/v1/service-units/" + unit + "/receipt-codes", ADMIN_TOKEN, "{\"count\":0}")));
    }

    @Test
    @DisplayName("One address may send a unit five responses an hour; the sixth is 429 problem+json with Retry-After")
    void limitPerAddress() throws IOException {
        String unit = serviceUnit(2_000);
        for (int i = 0; i < 5; i++) {
            assertCreated(respond(unit, "3,3,3,3,3,3,3,3,3", TODAY, null));
        }
        HttpResponse<String> sixth = respond(unit, "4,4,4,4,4,4,4,4,4", TODAY, null);
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(sixth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3601, "Retry-After " + retryAfter);
        assertFalse(object(sixth).getString("detail").isBlank());
        assertEquals(5, ikm(unit).getInt("respondents"));
        assertCreated(respond(serviceUnit(2_000), "4,4,4,4,4,4,4,4,4", TODAY, null));
    }

    @Test
    @DisplayName("Service units: public list, administrators add them; unknown work unit, N of 0, duplicates refused")
    void serviceUnits() throws IOException {
        String unit = serviceUnit(12_000);
        HttpResponse<String> list = send("GET", "/api/v1/service-units", null, null);
        assertEquals(200, list.statusCode());
        JsonObject listed = ((JsonArray) json(list)).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(unit)).findFirst().orElseThrow();
        assertEquals(workUnit, listed.getString("workUnitCode"));
        assertEquals(12_000, listed.getInt("annualUsers"));
        assertEquals(List.of("workUnitCode", "annualUsers"),
                errorFields(send("POST", "/api/v1/service-units", ADMIN_TOKEN,
                        "{\"code\":\"%s\",\"name\":\"Loket\",\"workUnitCode\":\"TIDAK-ADA\",\"annualUsers\":0}"
                                .formatted(unique("X")))));
        assertEquals(409,
                send("POST", "/api/v1/service-units", ADMIN_TOKEN,
                        "{\"code\":\"%s\",\"name\":\"Loket lain\",\"workUnitCode\":\"%s\",\"annualUsers\":10}"
                                .formatted(unit, workUnit))
                        .statusCode());
        assertEquals(403, send("POST", "/api/v1/service-units", AGENCY_TOKEN,
                "{\"code\":\"AGN\",\"name\":\"Agency\",\"workUnitCode\":\"%s\",\"annualUsers\":10}".formatted(workUnit))
                .statusCode());
    }

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    /** A page as a phone's browser without JavaScript gets it: GET, or the survey form posted back. */
    private static HttpResponse<String> page(String path, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Accept-Language", "id");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("The survey page: nine questions of four faces, under 50 KB with its stylesheet, refusals per field")
    void surveyPage() throws IOException, InterruptedException {
        String unit = serviceUnit(5_000);
        HttpResponse<String> form = page("/survei.xhtml?unit=" + unit, null);
        assertEquals(200, form.statusCode());
        String html = form.body();
        assertEquals(9 * 4, html.split("type=\"radio\"", -1).length - 1, "nine elements of §3, four faces each");
        assertFalse(html.contains("<script"), "the survey works without JavaScript");
        assertFalse(html.contains("ViewState"), "no view state: the page is a plain form");
        String css = page(html.replaceAll("(?s).*href=\"(/[^\"]*portal\\.css[^\"]*)\".*", "$1"), null).body();
        int weight = html.getBytes(StandardCharsets.UTF_8).length + css.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(weight < 50 * 1024, "survey page with its stylesheet weighs " + weight + " bytes");

        HttpResponse<String> refused = page("/survei.xhtml?unit=" + unit,
                "u1=4&u2=3&u3=9&servedOn=" + TODAY.plusDays(2) + "&sex=F");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"err-u3\""), refused.body());
        assertTrue(refused.body().contains("id=\"err-servedOn\""));
        assertTrue(refused.body().contains("tanggal dilayani tidak boleh sesudah hari ini"));
        assertTrue(refused.body().contains("value=\"4\" id=\"u1-4\" checked=\"checked\""), "choices are kept");
        assertTrue(refused.body().contains("value=\"F\" selected=\"selected\""), "choices are kept");
        assertEquals(0, ikm(unit).getInt("respondents"));

        HttpResponse<String> sent = page("/survei.xhtml?unit=" + unit,
                "u1=4&u2=4&u3=3&u4=4&u5=3&u6=4&u7=4&u8=&u9=3&servedOn=" + TODAY + "&age=AGE_40_49&education=SMA");
        assertEquals(302, sent.statusCode(), sent.body());
        String thanks = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(thanks.contains("/survei-terima-kasih.xhtml?unit=" + unit), thanks);
        assertEquals(1, ikm(unit).getInt("respondents"));
        assertTrue(page(thanks.substring(thanks.indexOf("/survei")), null).body().contains("id=\"thanks\""));

        HttpResponse<String> results = page("/ikm.xhtml?unit=" + unit, null);
        assertEquals(200, results.statusCode());
        int resultsWeight = results.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(resultsWeight + css.length() < 50 * 1024, "results page weighs " + resultsWeight + " bytes");
        assertTrue(results.body().contains("<dd id=\"respondents\">1</dd>"), results.body());
        assertTrue(results.body().contains("id=\"undefined\""), "element 8 was left blank by the only respondent");
        assertTrue(page("/survei.xhtml?unit=TIDAK-ADA", null).body().contains("id=\"unknownUnit\""));
    }
}
