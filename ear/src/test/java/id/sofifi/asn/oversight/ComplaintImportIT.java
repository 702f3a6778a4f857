package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.rowErrors;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /complaint-imports (API-CONTRACT, Oversight): cases forwarded from SP4N-LAPOR! keep their code (§5). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintImportIT {
    private static final String HEADER = "tracking_code,received_at,kind,privacy,title,body,work_unit,reporter_name,"
            + "reporter_email";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static JsonObject importRows(List<String> rows) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        return awaitJob(sendCsv("/api/v1/complaint-imports", ADMIN_TOKEN, csv.getBytes(StandardCharsets.UTF_8)),
                ADMIN_TOKEN);
    }

    @Test
    @DisplayName("§5: forwarded cases keep their code and receipt (Mon 2026-11-02 10:00 WIT → routeBy Thu 11-05);"
            + " bad rows are refused by line and column; a re-sent file adds nothing")
    void forwardKeepsCodeAndReceipt() throws Exception {
        String prefix = SystemTest.unique("LPR");
        List<String> rows = List.of(
                prefix + "-1,2026-11-02T01:00:00Z,COMPLAINT,PUBLIC,Jalan rusak di depan kantor,"
                        + "Jalan di depan kantor berlubang sejak bulan lalu.,BKD,Budi Santoso,budi@example.id",
                prefix + "-2,2026-11-03T02:00:00Z,ASPIRATION,ANONYMOUS,Loket buka hari Sabtu,"
                        + "Mohon loket pelayanan dibuka pada hari Sabtu pagi.,BKD,Rina,",
                prefix + "-1,2026-11-04T01:00:00Z,COMPLAINT,PUBLIC,Laporan yang sama,"
                        + "Laporan ini dikirim dua kali dalam satu berkas.,BKD,,", // line 4: code of line 2
                "x!,kemarin,KELUHAN,PUBLIC,ab,pendek,BKD,,bukan-email", // line 5
                prefix + "-3,2099-01-01T00:00:00Z,COMPLAINT,PUBLIC,Laporan dari masa depan,"
                        + "Waktu diterima laporan ini belum tiba.,NOPE,,"); // line 6
        JsonObject job = importRows(rows);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(5, job.getInt("read"));
        assertEquals(2, job.getInt("written"), job.toString());
        Map<String, String> errors = rowErrors(job);
        assertEquals(Set.of("4:tracking_code", "5:tracking_code", "5:received_at", "5:kind", "5:title", "5:body",
                "5:reporter_email", "6:received_at"), errors.keySet(), errors.toString());
        assertTrue(errors.get("4:tracking_code").contains("baris 2"), errors.toString());

        HttpResponse<String> first = send("GET", "/api/v1/complaints/" + prefix + "-1", null, null);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject c = object(first);
        assertEquals(prefix + "-1", c.getString("trackingCode"));
        assertTrue(c.getString("receivedAt").startsWith("2026-11-02T10:00"), c.toString());
        assertEquals("2026-11-05", c.getJsonObject("deadlines").getString("routeBy"));
        assertFalse(first.body().contains("Budi"), "no public answer carries the reporter");
        HttpResponse<String> staff = send("GET", "/api/v1/complaints/" + prefix + "-1", ADMIN_TOKEN, null);
        assertEquals("Budi Santoso", object(staff).getJsonObject("reporter").getString("name"));

        JsonObject again = importRows(rows.subList(0, 2));
        assertEquals(Map.of(), rowErrors(again));
        assertEquals(1,
                object(send("GET", "/api/v1/complaints/" + prefix + "-1", null, null)).getJsonArray("timeline").size(),
                "re-sent: still one FILED line, no second case");
    }

    @Test
    @DisplayName("§5: only administrators forward cases; a file without the contract's columns is refused whole")
    void refusals() throws Exception {
        assertEquals(403, sendCsv("/api/v1/complaint-imports", AGENCY_TOKEN, (HEADER + "\n").getBytes()).statusCode());
        HttpResponse<String> wrong = sendCsv("/api/v1/complaint-imports", ADMIN_TOKEN,
                "code,title\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
