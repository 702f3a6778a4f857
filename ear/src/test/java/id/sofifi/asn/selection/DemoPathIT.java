package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The path README.md tells a newcomer to follow on the demo data, over the API: last year's finished period with
 * its published, verifiable FINAL announcement → the appointment → the new CPNS with their NIP (ASN-RULES §4) → an
 * enrolment in a demo training, completed → the certificate → the JP in their ledger. It uses only what the demo
 * seeds and its own filters, so other tests on the same server do not disturb it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoPathIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));
    private static final String PERIOD = "CPNS-" + (TODAY.getYear() - 1);
    private static final LocalDate TMT = LocalDate.of(TODAY.getYear(), 1, 1);
    /** Who the demo's final result appoints (L), with their birth date and the bidang or UPT of their seat. */
    private static final Map<String, List<String>> APPOINTED = Map.of("Hasrul Lamatenggo",
            List.of("19971026", "BKD-BANGKOM"), "Fadli Soleman", List.of("19980217", "BKD-BANGKOM"), "Julkifli Ibrahim",
            List.of("19970130", "DINKES-P2P"), "Anita Marsaoly", List.of("19990915", "DISDIK-SMA1"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Demo path: finished period → published FINAL (chain valid, two people) → appointment → CPNS with"
            + " NIPs by §4 → demo training completed → certificate → JP in the ledger")
    void followsTheWholePath() throws Exception {
        JsonObject period = ((JsonArray) json(send("GET", "/api/v1/periods", null, null))).getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("code").equals(PERIOD)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo period " + PERIOD));
        assertEquals("CLOSED", period.getString("status"));

        List<JsonObject> announcements = ((JsonArray) json(
                send("GET", "/api/v1/announcements?period=" + PERIOD, null, null))).getValuesAs(JsonObject.class);
        assertEquals(List.of("ADMINISTRATION", "FINAL", "SKD"),
                announcements.stream().map(a -> a.getString("stage")).sorted().toList());
        JsonObject finalResult = announcements.stream().filter(a -> a.getString("stage").equals("FINAL")).findFirst()
                .orElseThrow();
        assertEquals("PUBLISHED", finalResult.getString("status"));
        assertTrue(finalResult.getString("publishedAt").startsWith(PERIOD.substring(5)), finalResult.toString());
        long id = finalResult.getJsonNumber("id").longValue();
        JsonObject chain = object(send("GET", "/api/v1/announcements/" + id + "/verification", null, null));
        assertTrue(chain.getBoolean("valid"), chain.toString());
        assertEquals(finalResult.getInt("entries"), chain.getInt("entries"));
        assertEquals(finalResult.getString("headHash"), chain.getString("headHash"));
        Map<String, String> passed = object(
                send("GET", "/api/v1/announcements/" + id + "/entries?size=100", null, null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("code").equals("L"))
                .collect(Collectors.toMap(e -> e.getString("name"), e -> e.getString("registrationNumber")));
        assertEquals(APPOINTED.keySet(), passed.keySet());

        JsonObject job = awaitJob(send("POST", "/api/v1/periods/" + PERIOD + "/appointments", ADMIN_TOKEN,
                "{\"appointedOn\":\"" + TMT + "\"}"), ADMIN_TOKEN);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(APPOINTED.size(), job.getInt("read"));

        String nip = null;
        for (Map.Entry<String, List<String>> person : APPOINTED.entrySet()) {
            JsonObject employee = cpns(person.getKey());
            String prefix = person.getValue().get(0) + TMT.getYear() + "01"
                    + (person.getKey().startsWith("Anita") ? "2" : "1");
            assertTrue(employee.getString("nip").matches(prefix + "\\d{3}"), employee.toString());
            assertEquals(person.getValue().get(1), employee.getString("workUnit"));
            assertEquals(TMT.toString(), employee.getString("appointedOn"));
            if (person.getKey().equals("Hasrul Lamatenggo")) {
                nip = employee.getString("nip");
            }
            JsonObject application = object(
                    send("GET", "/api/v1/applications/" + passed.get(person.getKey()), AGENCY_TOKEN, null));
            assertTrue(
                    application.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().anyMatch(
                            step -> step.getString("note", "").startsWith("NIP " + employee.getString("nip"))),
                    application.toString());
        }

        String training = "GIS-" + TODAY.getYear();
        String completedOn = object(send("GET", "/api/v1/trainings/" + training, null, null)).getString("endsOn");
        HttpResponse<String> enrolled = send("POST", "/api/v1/trainings/" + training + "/enrolments", ADMIN_TOKEN,
                "{\"nip\":\"" + nip + "\"}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        HttpResponse<String> done = send("POST", "/api/v1/trainings/" + training + "/enrolments/" + nip + "/completion",
                ADMIN_TOKEN, "{\"result\":\"PASSED\",\"completedOn\":\"" + completedOn + "\"}");
        assertEquals(200, done.statusCode(), done.body());
        JsonObject certificate = object(
                send("GET", "/api/v1/certificates/" + object(done).getString("certificateNumber"), null, null));
        assertTrue(certificate.getBoolean("valid"), certificate.toString());
        assertEquals("Hasrul Lamatenggo", certificate.getString("name"));

        JsonObject ledger = object(
                send("GET", "/api/v1/employees/" + nip + "/development?year=" + LocalDate.parse(completedOn).getYear(),
                        AGENCY_TOKEN, null));
        assertEquals("24", ledger.getString("earnedJp"), ledger.toString());
        assertEquals(1, ledger.getJsonArray("records").size());
        assertEquals(certificate.getString("trainingTitle"),
                ledger.getJsonArray("records").getJsonObject(0).getString("title"));
        assertTrue(ledger.getJsonObject("latsar").getBoolean("required"), "a CPNS owes the Latsar");
        String owner = nip;
        JsonObject unit = object(send("GET", "/api/v1/development/compliance?workUnit=BKD-BANGKOM&size=500&year="
                + LocalDate.parse(completedOn).getYear(), ADMIN_TOKEN, null));
        assertEquals("24", unit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("nip").equals(owner)).findFirst().orElseThrow().getString("earnedJp"));
    }

    /** The one CPNS of that name. */
    private static JsonObject cpns(String name) throws IOException {
        HttpResponse<String> found = send("GET",
                "/api/v1/employees?employmentType=CPNS&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                ADMIN_TOKEN, null);
        assertEquals(200, found.statusCode(), found.body());
        JsonArray items = object(found).getJsonArray("items");
        assertEquals(1, items.size(), found.body());
        return items.getJsonObject(0);
    }
}
