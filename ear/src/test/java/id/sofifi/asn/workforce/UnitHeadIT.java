package id.sofifi.asn.workforce;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.workforce.EmployeeSessions.get;
import static id.sofifi.asn.workforce.EmployeeSessions.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kepala unit kerja over HTTP: an administrator sets, reads and clears a unit's head (problem+json naming what is
 * wrong), the head signed in as an employee reads the employees of their unit and the units below it, and another
 * employee of the unit is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitHeadIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String json(String nip) {
        return "{\"nip\":\"" + nip + "\"}";
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static List<String> audited(String unit) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement query = db.prepareStatement(
                        "SELECT action FROM audit_event WHERE subject_type = 'UnitHead' AND subject_key = ? ORDER BY seq")) {
            query.setString(1, unit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    @Test
    @DisplayName("PUT/GET/DELETE /work-units/{code}/head: problem+json for an unknown unit or NIP and a second unit;"
            + " the head reads their unit (and the bidang below) by NIP, development and list; others get 403")
    void headOfUnit() throws Exception {
        String opd = SystemTest.unique("UH");
        String bidang = opd + "-B";
        assertEquals(201, send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"" + opd + "\",\"name\":\"Badan Uji Kepala\"}").statusCode());
        assertEquals(201,
                send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                        "{\"code\":\"" + bidang + "\",\"name\":\"Bidang Uji Kepala\",\"parentCode\":\"" + opd + "\"}")
                        .statusCode());
        String head = TestEmployees.insert("Kepala Badan Uji", "PNS", LocalDate.of(2010, 3, 1), null, opd);
        String staff = TestEmployees.insert("Staf Bidang Uji", "CPNS", LocalDate.now().withDayOfMonth(1), null, bidang);
        String colleague = TestEmployees.insert("Rekan Bidang Uji", "PNS", LocalDate.of(2016, 5, 1), null, bidang);
        String path = "/api/v1/work-units/" + opd + "/head";

        assertProblem(send("GET", path, ADMIN_TOKEN, null), 404);
        assertProblem(send("PUT", "/api/v1/work-units/TIDAK-ADA-UNIT/head", ADMIN_TOKEN, json(head)), 404);
        HttpResponse<String> unknown = send("PUT", path, ADMIN_TOKEN, json("199001012020011999"));
        assertProblem(unknown, 400);
        assertEquals("nip", object(unknown).getJsonArray("errors").getJsonObject(0).getString("field"), unknown.body());
        assertProblem(send("PUT", path, ADMIN_TOKEN, "{}"), 400);
        assertProblem(send("PUT", path, AGENCY_TOKEN, json(head)), 403);

        HttpResponse<String> appointed = send("PUT", path, ADMIN_TOKEN, json(head));
        assertEquals(200, appointed.statusCode(), appointed.body());
        JsonObject read = object(send("GET", path, AGENCY_TOKEN, null));
        assertEquals(head, read.getString("nip"));
        assertEquals("Kepala Badan Uji", read.getString("name"));
        assertEquals(opd, read.getString("workUnit"));
        assertProblem(send("PUT", "/api/v1/work-units/" + bidang + "/head", ADMIN_TOKEN, json(head)), 409);
        String screen = send("GET", "/staff/admin/work-units.xhtml", ADMIN_TOKEN, null).body();
        assertTrue(screen.contains("Kepala unit") && screen.contains("headDialog"), "the Unit kerja screen's column");

        HttpClient asHead = signedIn(head);
        assertEquals(200, get(asHead, "/api/v1/employees/" + staff).statusCode(), "the head reads the bidang below");
        assertEquals(200, get(asHead, "/api/v1/employees/" + staff + "/development").statusCode());
        HttpResponse<String> list = get(asHead, "/api/v1/employees?workUnit=" + opd);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(3, object(list).getInt("total"), list.body());
        assertProblem(get(asHead, "/api/v1/employees?workUnit=DINKES"), 403);
        assertProblem(get(asHead, "/api/v1/employees"), 403);
        String page = get(asHead, "/asn/index.xhtml").body();
        assertTrue(page.contains("id=\"myUnit\"") && page.contains("Staf Bidang Uji") && page.contains(bidang), page);

        HttpClient asColleague = signedIn(colleague);
        assertEquals(200, get(asColleague, "/api/v1/employees/" + colleague).statusCode(), "their own record");
        assertProblem(get(asColleague, "/api/v1/employees/" + staff), 403);
        assertProblem(get(asColleague, "/api/v1/employees/" + staff + "/development"), 403);
        assertProblem(get(asColleague, "/api/v1/employees?workUnit=" + bidang), 403);
        assertFalse(get(asColleague, "/asn/index.xhtml").body().contains("id=\"myUnit\""), "heads no unit");

        assertEquals(204, send("DELETE", path, ADMIN_TOKEN, null).statusCode());
        assertProblem(send("GET", path, ADMIN_TOKEN, null), 404);
        assertProblem(send("DELETE", path, ADMIN_TOKEN, null), 404);
        assertProblem(get(asHead, "/api/v1/employees/" + staff), 403);
        assertEquals(List.of("unitHead.appointed", "unitHead.removed"), audited(opd));
    }
}
