package id.sofifi.asn.oversight;

import static id.sofifi.asn.oversight.ComplaintIT.page;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public complaint dashboard of issue 12 (ASN-RULES §5) over HTTP: {@code GET /complaint-statistics} and
 * {@code /lapor/dasbor.xhtml} count the cases filed to a fresh OPD and its bidang.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintDashboardIT {
    private static String opd;
    private static String bidang;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /**
     * A fresh OPD with one bidang: a case about the bidang routed, followed up the same day and closed, one about the
     * bidang routed only, one about the OPD itself just received.
     */
    @BeforeAll
    static void cases() throws IOException {
        opd = unique("DB");
        bidang = opd + "-B";
        unit("{\"code\":\"%s\",\"name\":\"Dinas %s\"}".formatted(opd, opd));
        unit("{\"code\":\"%s\",\"name\":\"Bidang %s\",\"parentCode\":\"%s\"}".formatted(bidang, bidang, opd));
        String settled = file(bidang);
        act(settled, "routing", "{\"workUnitCode\":\"" + bidang + "\"}");
        act(settled, "follow-ups", "{\"answer\":\"Lampu jalan sudah diganti.\"}");
        act(settled, "closing", null);
        act(file(bidang), "routing", "{\"workUnitCode\":\"" + bidang + "\"}");
        file(opd);
    }

    private static void unit(String json) throws IOException {
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN, json);
        assertEquals(201, created.statusCode(), created.body());
    }

    private static String file(String unit) throws IOException {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"PUBLIC","title":"Lampu jalan padam",
                 "body":"Lampu jalan di depan pasar padam sejak minggu lalu.","workUnitCode":"%s"}""".formatted(unit));
        assertEquals(201, filed.statusCode(), filed.body());
        return object(filed).getString("trackingCode");
    }

    private static void act(String code, String action, String json) throws IOException {
        HttpResponse<String> done = send("POST", "/api/v1/complaints/" + code + "/" + action, ADMIN_TOKEN, json);
        assertEquals(200, done.statusCode(), done.body());
    }

    private static JsonObject statistics(String query) throws IOException {
        HttpResponse<String> read = send("GET", "/api/v1/complaint-statistics" + query, null, null);
        assertEquals(200, read.statusCode(), read.body());
        return object(read);
    }

    private static void assertFigures(JsonObject figures, int received, int settled, int onTime, int overdue,
            String median) {
        assertEquals(received, figures.getInt("received"), figures.toString());
        assertEquals(settled, figures.getInt("settled"), figures.toString());
        assertEquals(onTime, figures.getInt("onTime"), figures.toString());
        assertEquals(overdue, figures.getInt("overdue"), figures.toString());
        assertEquals(median, figures.getString("medianWorkingDaysToFollowUp", null), figures.toString());
    }

    @Test
    @DisplayName("Issue 12: for an OPD the API counts its bidang's row and the total with the OPD's own case; "
            + "the median counts working days from receipt to follow-up")
    void unitFigures() throws IOException {
        JsonObject answer = statistics("?workUnit=" + opd);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        assertEquals(today.withDayOfYear(1).toString(), answer.getString("from"), "this year so far by default");
        assertEquals(today.toString(), answer.getString("to"));
        assertEquals(opd, answer.getJsonObject("workUnit").getString("code"));
        assertEquals(1, answer.getJsonArray("units").size(), answer.toString());
        JsonObject row = answer.getJsonArray("units").getJsonObject(0);
        assertEquals(bidang, row.getJsonObject("workUnit").getString("code"));
        assertFigures(row.getJsonObject("figures"), 2, 1, 1, 0, "0.0");
        assertFigures(answer.getJsonObject("total"), 3, 1, 1, 0, "0.0");

        JsonObject leaf = statistics("?workUnit=" + bidang + "&from=" + today + "&to=" + today);
        assertTrue(leaf.getJsonArray("units").isEmpty(), leaf.toString());
        assertFigures(leaf.getJsonObject("total"), 2, 1, 1, 0, "0.0");
    }

    @Test
    @DisplayName("Issue 12: for the province the OPD is one row with its whole branch; a period without cases is 0")
    void provinceFigures() throws IOException {
        JsonObject province = statistics("");
        assertFalse(province.containsKey("workUnit"), province.toString());
        JsonObject row = province.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonObject("workUnit").getString("code").equals(opd)).findFirst().orElseThrow();
        assertFigures(row.getJsonObject("figures"), 3, 1, 1, 0, "0.0");
        assertTrue(province.getJsonObject("total").getInt("received") >= 3, province.toString());
        assertTrue(province.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .noneMatch(u -> u.getJsonObject("workUnit").getString("code").equals(bidang)), "OPD rows only");

        JsonObject past = statistics("?workUnit=" + opd + "&from=2001-01-01&to=2001-12-31");
        assertFigures(past.getJsonObject("total"), 0, 0, 0, 0, null);
    }

    @Test
    @DisplayName("Issue 12: the page shows the same numbers per unit and the total; an empty period says so")
    void dashboardPage() throws IOException, InterruptedException {
        String unitPage = page("/lapor/dasbor.xhtml?unit=" + opd);
        assertTrue(unitPage.contains("id=\"total-received\">3<"), unitPage);
        assertTrue(unitPage.contains("id=\"total-settled\">1<"), unitPage);
        assertTrue(unitPage.contains("id=\"total-onTime\">1<"), unitPage);
        assertTrue(unitPage.contains("id=\"total-overdue\">0<"), unitPage);
        assertTrue(unitPage.contains("id=\"total-median\">0.0<"), unitPage);
        assertTrue(unitPage.contains("id=\"" + bidang + "-received\">2<"), unitPage);
        assertTrue(unitPage.contains("Dasbor Pengaduan"), unitPage);

        String province = page("/lapor/dasbor.xhtml");
        assertTrue(province.contains("id=\"" + opd + "-received\">3<"), province);
        assertTrue(province.contains("Seluruh Provinsi Maluku Utara"), province);

        int lastYear = LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear() - 1;
        String empty = page("/lapor/dasbor.xhtml?unit=" + opd + "&tahun=" + lastYear + "&triwulan=2");
        assertTrue(empty.contains("id=\"empty\""), empty);
        assertTrue(empty.contains("01 April " + lastYear) && empty.contains("30 Juni " + lastYear), empty);

        String unknown = page("/lapor/dasbor.xhtml?unit=NOPE-UNIT");
        assertTrue(unknown.contains("id=\"error\"") && unknown.contains("NOPE-UNIT"), unknown);
    }

    @Test
    @DisplayName("Issue 12: bad dates, a period ending before it starts and an unknown unit are 400 naming the field")
    void badInput() throws IOException {
        assertRefused("?from=2026-13-01", "from");
        assertRefused("?to=gestern", "to");
        assertRefused("?from=2026-06-01&to=2026-05-31", "to");
        assertRefused("?workUnit=NOPE-UNIT", "workUnit");
    }

    private static void assertRefused(String query, String field) throws IOException {
        HttpResponse<String> refused = send("GET", "/api/v1/complaint-statistics" + query, null, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(field, object(refused).getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
    }
}
