package id.sofifi.asn.workforce;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appointment of CPNS from a published FINAL announcement over the API (API-CONTRACT.md, Workforce and
 * development; ASN-RULES §4): the job, the NIPs, the placed formation, idempotence, and the applicant's timeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentIT {
    private static final LocalDate BIRTH = LocalDate.of(1997, 11, 23);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("§4: every L, L-1 and L-2 of the published FINAL announcement becomes a CPNS at the placed formation,"
            + " NIPs by prefix in registration-number order; again appoints nobody; 409 before publication")
    void appointsFromTheFinalAnnouncement() throws Exception {
        AppointmentFixture f = AppointmentFixture.create(2063, BIRTH, "827299");
        String appointments = "/api/v1/periods/" + f.period + "/appointments";
        String body = "{\"appointedOn\":\"2027-03-01\"}";
        long draft = f.prepareFinal();
        assertProblem(409, send("POST", appointments, ADMIN_TOKEN, body), null);
        assertProblem(400, send("POST", appointments, ADMIN_TOKEN, "{}"), "appointedOn");
        assertProblem(400, send("POST", appointments, ADMIN_TOKEN, "{\"appointedOn\":\"01-03-2027\"}"), "appointedOn");
        assertProblem(403, send("POST", appointments, SystemTest.AGENCY_TOKEN, body), null);
        assertProblem(404, send("POST", "/api/v1/periods/NOPE-0/appointments", ADMIN_TOKEN, body), null);
        AppointmentFixture.approve(draft);

        JsonObject job = awaitJob(send("POST", appointments, ADMIN_TOKEN, body), ADMIN_TOKEN);
        assertEquals("appointment", job.getString("name"));
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(3, job.getInt("read"));
        assertEquals(f.expectedEmployees(BIRTH), f.employees());
        assertEquals(List.of("NIP 199711232027032001, TMT 01 Maret 2027"),
                AppointmentFixture.appointedNotes(f.number(1)));
        assertEquals(List.of("NIP 199711232027031001, TMT 01 Maret 2027"),
                AppointmentFixture.appointedNotes(f.number(2)));
        assertEquals(List.of(), AppointmentFixture.appointedNotes(f.number(4)));

        JsonObject again = awaitJob(send("POST", appointments, ADMIN_TOKEN, body), ADMIN_TOKEN);
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        assertEquals(3, f.employees().size());
        assertEquals(1, AppointmentFixture.appointedNotes(f.number(1)).size());

        // /jobs knows the appointment job is workforce's: an ended run is neither stopped nor restarted
        long jobId = again.getJsonNumber("id").longValue();
        assertProblem(409, send("POST", "/api/v1/jobs/" + jobId + "/stop", ADMIN_TOKEN, null), null);
        assertProblem(409, send("POST", "/api/v1/jobs/" + jobId + "/restart", ADMIN_TOKEN, null), null);

        // the period's other paths still reach recruitment and selection
        assertEquals(200, send("GET", "/api/v1/periods/" + f.period, null, null).statusCode());
        assertEquals(200,
                send("GET", "/api/v1/periods/" + f.period + "/final-results", ADMIN_TOKEN, null).statusCode());
        assertProblem(405, send("GET", appointments, ADMIN_TOKEN, null), null);
    }

    @Test
    @DisplayName("A failed appointment restarts after the last registration number it appointed and ends as an"
            + " uninterrupted run would")
    void restartsFromTheCheckpoint() throws Exception {
        LocalDate birth = LocalDate.of(1995, 6, 30);
        AppointmentFixture f = AppointmentFixture.create(2065, birth, "827297");
        AppointmentFixture.approve(f.prepareFinal());
        // applicant 3 is already an employee by NIK (e.g. imported earlier): the third chunk cannot be stored
        String nik = SystemTest.nik("827297", birth, true, 3);
        f.holdNik(nik, birth);
        JsonObject failed = awaitJob(send("POST", "/api/v1/periods/" + f.period + "/appointments?chunk=1", ADMIN_TOKEN,
                "{\"appointedOn\":\"2027-03-01\"}"), ADMIN_TOKEN);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(f.expectedEmployees(birth).subList(0, 2), f.employees());
        assertEquals(List.of(), AppointmentFixture.appointedNotes(f.number(3)));

        f.releaseNik(nik);
        JsonObject restarted = awaitJob(
                send("POST", "/api/v1/jobs/" + failed.getJsonNumber("id") + "/restart", ADMIN_TOKEN, null),
                ADMIN_TOKEN);
        assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());
        assertEquals(1, restarted.getInt("read"), "the restart reads after the checkpoint only");
        assertEquals(f.expectedEmployees(birth), f.employees());
        assertEquals(1, AppointmentFixture.appointedNotes(f.number(3)).size());
    }

    private static void assertProblem(int status, HttpResponse<String> response, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        }
    }
}
