package id.sofifi.asn.development;

import static id.sofifi.asn.system.SystemTest.SUPERVISOR_TOKEN;
import static id.sofifi.asn.development.DevelopmentFixture.employee;
import static id.sofifi.asn.development.DevelopmentFixture.importRecords;
import static id.sofifi.asn.development.DevelopmentFixture.unit;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * GET /development/compliance (API-CONTRACT, Workforce and development): an OPD with one bidang and another OPD,
 * employees with known training records, their JP by ASN-RULES §4 (cases J1, J2) and their Latsar state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceIT {
    private static String opd;
    private static String bidang;
    private static String otherOpd;
    private static String j1;
    private static String j2;
    private static String latsarMissing;
    private static String latsarDone;
    private static String complete;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void employeesWithRecords() throws Exception {
        opd = unit(null);
        bidang = unit(opd);
        otherOpd = unit(null);
        j1 = employee("PNS", LocalDate.of(2012, 1, 1), "Aminah J1", bidang);
        j2 = employee("CPNS", LocalDate.of(2026, 3, 1), "Bakri J2", opd);
        latsarMissing = employee("CPNS", LocalDate.of(2025, 1, 1), "Citra Tanpa Latsar", bidang);
        complete = employee("PNS", LocalDate.of(2012, 1, 1), "Dewi Lengkap", bidang);
        latsarDone = employee("CPNS", LocalDate.of(2025, 1, 1), "Eko Sudah Latsar", otherOpd);
        // J1: 8 + 6 + 4 = 18
        JsonObject job = importRecords(ADMIN_TOKEN, j1 + ",,Bimtek Pengadaan,TECHNICAL,8,2026-02-10,",
                j1 + ",,Pelatihan Kepemimpinan,MANAGERIAL,6,2026-05-12,",
                j1 + ",,Etika Pelayanan,SOCIOCULTURAL,4,2026-08-20,",
                j1 + ",,Bimtek Tahun Lalu,TECHNICAL,30,2025-11-20,", // counts in 2025, not 2026
                j2 + ",,Orientasi Tugas,TECHNICAL,12,2026-06-15,", // J2: 12 JP
                complete + ",,Diklat Teknis Lengkap,TECHNICAL,20,2026-04-01,",
                latsarDone + ",,Latsar CPNS Provinsi,LATSAR,40,2025-06-30,");
        assertEquals(7, job.getInt("written"), job.toString());
    }

    private static JsonObject compliance(String query, String token) throws IOException {
        HttpResponse<String> got = send("GET", "/api/v1/development/compliance?" + query, token, null);
        assertEquals(200, got.statusCode(), got.body());
        return object(got);
    }

    private static Map<String, JsonObject> byNip(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getString("nip"), l -> l));
    }

    private static void assertLine(JsonObject line, String earned, String required, String shortfall,
            boolean latsarOverdue) {
        assertEquals(earned, line.getString("earnedJp"), line.toString());
        assertEquals(required, line.getString("requiredJp"), line.toString());
        assertEquals(shortfall, line.getString("shortfallJp"), line.toString());
        assertEquals(latsarOverdue, line.getBoolean("latsarOverdue"), line.toString());
    }

    @Test
    @DisplayName("§4 J1, J2: earned, required (pro-rated in the year of appointment), shortfall and Latsar overdue")
    void casesJ1AndJ2() throws IOException {
        Map<String, JsonObject> lines = byNip(compliance("year=2026&workUnit=" + opd + "&size=500", AGENCY_TOKEN));
        assertEquals(4, lines.size(), "the OPD includes its bidang, not the other OPD: " + lines.keySet());
        assertLine(lines.get(j1), "18", "20", "2", false);
        assertEquals("Aminah J1", lines.get(j1).getString("name"));
        assertEquals(bidang, lines.get(j1).getString("workUnit"));
        boolean j2LatsarPassed = LocalDate.now(ZoneId.of("Asia/Jayapura")).isAfter(LocalDate.of(2027, 2, 28));
        assertLine(lines.get(j2), "12", "16.67", "4.67", j2LatsarPassed);
        assertLine(lines.get(latsarMissing), "0", "20", "20", true);
        assertLine(lines.get(complete), "20", "20", "0", false);

        Map<String, JsonObject> other = byNip(compliance("year=2026&workUnit=" + otherOpd, ADMIN_TOKEN));
        assertLine(other.get(latsarDone), "0", "20", "20", false);
        Map<String, JsonObject> lastYear = byNip(compliance("year=2025&workUnit=" + bidang, ADMIN_TOKEN));
        assertEquals(3, lastYear.size(), lastYear.keySet().toString());
        assertLine(lastYear.get(j1), "30", "20", "0", false);
    }

    @Test
    @DisplayName("The per-unit summary counts employees, those meeting their JP, the shortfall and overdue Latsar")
    void unitSummary() throws IOException {
        HttpResponse<String> got = send("GET", "/api/v1/development/compliance/units?year=2026&workUnit=" + opd,
                ADMIN_TOKEN, null);
        assertEquals(200, got.statusCode(), got.body());
        Map<String, JsonObject> units = ((JsonArray) json(got)).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("workUnit"), u -> u));
        assertEquals(2, units.size(), units.toString());
        JsonObject b = units.get(bidang);
        assertEquals(3, b.getInt("employees"));
        assertEquals(1, b.getInt("meetingRequirement"));
        assertEquals("22", b.getString("shortfallJp"), "2 (J1) + 20 + 0");
        assertEquals(1, b.getInt("latsarOverdue"));
        assertEquals("4.67", units.get(opd).getString("shortfallJp"));
    }

    @Test
    @DisplayName("Paged as every list; 401 without a token, 403 for a role other than admin and agency, 400 bad year")
    void pagingAndAccess() throws IOException {
        JsonObject first = compliance("year=2026&workUnit=" + opd + "&page=0&size=2", ADMIN_TOKEN);
        assertEquals(4, first.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(401, send("GET", "/api/v1/development/compliance", null, null).statusCode());
        assertEquals(403, send("GET", "/api/v1/development/compliance", SUPERVISOR_TOKEN, null).statusCode());
        // without a year the current WIT year is meant (this once answered 500)
        assertEquals(4, compliance("workUnit=" + opd, ADMIN_TOKEN).getInt("total"));
        assertEquals(200,
                send("GET", "/api/v1/development/compliance/units?workUnit=" + opd, ADMIN_TOKEN, null).statusCode());
        HttpResponse<String> badYear = send("GET", "/api/v1/development/compliance?year=abc", ADMIN_TOKEN, null);
        assertEquals(400, badYear.statusCode(), badYear.body());
    }
}
