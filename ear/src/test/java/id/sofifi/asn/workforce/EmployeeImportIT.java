package id.sofifi.asn.workforce;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.json;
import static id.sofifi.asn.system.SystemTest.nik;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * POST /employee-imports, GET /employees and /employees/{nip}, GET and POST /work-units (API-CONTRACT,
 * Organisation and Workforce).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeeImportIT {
    private static final String HEADER = "nip,nik,full_name,birth_date,sex,employment_type,appointed_on,position,"
            + "work_unit,email";
    private static final LocalDate MAN_BORN = LocalDate.of(1981, 2, 3);
    private static final LocalDate WOMAN_BORN = LocalDate.of(1983, 7, 15);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** A NIP by §4: birth date, first appointment month, sex digit, serial. */
    private static String nip(LocalDate birth, String tmtYearMonth, boolean female, int serial) {
        return birth.toString().replace("-", "") + tmtYearMonth + (female ? "2" : "1") + String.format("%03d", serial);
    }

    private static String newUnit(String parentCode) throws IOException {
        String code = unique("WF");
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Bidang Uji %s\",\"parentCode\":\"%s\"}".formatted(code, code, parentCode));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static JsonObject runJob(String csv) throws Exception {
        return awaitJob(sendCsv("/api/v1/employee-imports", ADMIN_TOKEN, csv.getBytes(StandardCharsets.UTF_8)),
                ADMIN_TOKEN);
    }

    /** Row errors as "line:field" → message. */
    private static Map<String, String> errors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"), e -> e.getString("message")));
    }

    private static JsonObject employees(String query, String token) throws IOException {
        HttpResponse<String> listed = send("GET", "/api/v1/employees?" + query, token, null);
        assertEquals(200, listed.statusCode(), listed.body());
        return object(listed);
    }

    @Test
    @DisplayName("§4, §1.1: bad rows are refused by line and field, good rows kept; re-sending a NIP updates it")
    void importChecksNipNikUnitAndType() throws Exception {
        String unit = newUnit("BKD");
        String manNip = nip(MAN_BORN, "200503", false, 1);
        String manNik = nik("827201", MAN_BORN, false, 11);
        String womanNip = nip(WOMAN_BORN, "202110", true, 1);
        String womanNik = nik("827202", WOMAN_BORN, true, 12);
        String csv = "\uFEFF" + String.join("\r\n", HEADER,
                manNip + "," + manNik + ",Rahman Uji,1981-02-03,M,PNS,2005-03-01,Analis Kepegawaian," + unit + ",",
                womanNip + "," + womanNik + ",Wati Uji,1983-07-15,F,PPPK,2021-10-01,Guru,BKD,wati@contoh.id",
                nip(LocalDate.of(1981, 2, 4), "200503", false, 2) + "," + nik("827201", MAN_BORN, false, 13)
                        + ",Lahir Beda,1981-02-03,M,PNS,2005-03-01,Analis," + unit + ",", // NIP: other birth date
                nip(MAN_BORN, "200503", true, 3) + "," + nik("827201", MAN_BORN, false, 14)
                        + ",Kelamin Beda,1981-02-03,M,PNS,2005-03-01,Analis," + unit + ",", // NIP: sex digit 2
                nip(MAN_BORN, "200503", false, 4) + "," + nik("827201", MAN_BORN, false, 15)
                        + ",Unit Salah,1981-02-03,M,PNS,2005-03-01,Analis,TIDAK-ADA,", // unknown unit
                nip(MAN_BORN, "200503", false, 5) + "," + nik("827201", MAN_BORN, false, 16)
                        + ",Jenis Salah,1981-02-03,M,HONORER,2005-03-01,Analis," + unit + ",", // bad type
                nip(MAN_BORN, "200503", false, 6) + "," + nik("827201", MAN_BORN, true, 17)
                        + ",NIK Salah,1981-02-03,M,PNS,2005-03-01,Analis," + unit + ",", // NIK of a woman
                nip(MAN_BORN, "200503", false, 7) + "," + manNik + ",NIK Ganda,1981-02-03,M,PNS,2005-03-01,Analis,"
                        + unit + ",", // NIK of line 2
                "");
        JsonObject job = runJob(csv);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(8, job.getInt("read"));
        assertEquals(2, job.getInt("written"));
        assertEquals(6, job.getInt("skipped"));
        Map<String, String> errors = errors(job);
        assertEquals(List.of("4:nip", "5:nip", "6:work_unit", "7:employment_type", "8:nik", "9:nik"),
                errors.keySet().stream().sorted().toList(), errors.toString());
        assertTrue(errors.get("4:nip").startsWith("NIP tidak cocok dengan tanggal lahir"), errors.toString());
        assertTrue(errors.get("5:nip").startsWith("NIP tidak cocok dengan jenis kelamin"), errors.toString());
        assertEquals("unit kerja TIDAK-ADA tidak ada", errors.get("6:work_unit"));
        assertTrue(errors.get("7:employment_type").contains("HONORER"), errors.toString());
        assertTrue(errors.get("8:nik").startsWith("NIK tidak cocok"), errors.toString());
        assertEquals("NIK sudah dipakai di baris 2 berkas ini", errors.get("9:nik"));

        JsonObject inUnit = employees("workUnit=" + unit, AGENCY_TOKEN);
        assertEquals(1, inUnit.getInt("total"), inUnit.toString());
        JsonObject man = inUnit.getJsonArray("items").getJsonObject(0);
        assertEquals(manNip, man.getString("nip"));
        assertEquals("Rahman Uji", man.getString("name"));
        assertEquals("PNS", man.getString("employmentType"));
        assertEquals(unit, man.getString("workUnit"));
        assertEquals("2005-03-01", man.getString("appointedOn"));
        assertFalse(inUnit.toString().contains(manNik), "the NIK is never shown");
        assertEquals(1, employees("workUnit=BKD&q=" + manNip, ADMIN_TOKEN).getInt("total"),
                "an OPD's list includes its bidang");
        JsonObject woman = object(send("GET", "/api/v1/employees/" + womanNip, AGENCY_TOKEN, null));
        assertEquals("PPPK", woman.getString("employmentType"));
        assertEquals("BKD", woman.getString("workUnit"));
        assertEquals(404, send("GET", "/api/v1/employees/199901012020011999", ADMIN_TOKEN, null).statusCode());

        JsonObject resent = runJob(String.join("\n", HEADER,
                manNip + "," + manNik + ",Rahman Uji,1981-02-03,M,PNS,2005-03-01,Kepala Subbidang Mutasi," + unit + ",",
                ""));
        assertEquals(1, resent.getInt("written"), resent.toString());
        JsonObject otherNip = runJob(String.join("\n", HEADER,
                nip(MAN_BORN, "200503", false, 8) + "," + manNik + ",Orang Lain,1981-02-03,M,PNS,2005-03-01,Analis,"
                        + unit + ",",
                manNip + "," + nik("827201", MAN_BORN, false, 18) + ",Rahman Uji,1981-02-03,M,PNS,2005-03-01,Analis,"
                        + unit + ",",
                ""));
        assertEquals(2, otherNip.getInt("skipped"), otherNip.toString());
        assertEquals("NIK ini sudah tercatat untuk pegawai dengan NIP " + manNip, errors(otherNip).get("2:nik"));
        assertEquals("NIP " + manNip + " sudah tercatat dengan NIK lain; NIK pegawai tidak diubah lewat impor",
                errors(otherNip).get("3:nik"));
        JsonObject after = employees("workUnit=" + unit, ADMIN_TOKEN);
        assertEquals(1, after.getInt("total"), "re-sending updates, never duplicates");
        assertEquals("Kepala Subbidang Mutasi", after.getJsonArray("items").getJsonObject(0).getString("position"));
    }

    @Test
    @DisplayName("A header with an unknown column is refused whole with 400; only administrators import")
    void wrongHeaderRefusedBeforeAnyRow() throws IOException {
        HttpResponse<String> unknown = sendCsv("/api/v1/employee-imports", ADMIN_TOKEN,
                (HEADER + ",golongan\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("golongan"), unknown.body());
        assertEquals(403,
                sendCsv("/api/v1/employee-imports", AGENCY_TOKEN, (HEADER + "\n").getBytes(StandardCharsets.UTF_8))
                        .statusCode());
        assertEquals(401, send("GET", "/api/v1/employees", null, null).statusCode());
        assertEquals(400, send("GET", "/api/v1/employees?employmentType=HONORER", ADMIN_TOKEN, null).statusCode());
    }

    @Test
    @DisplayName("Organisation: a bidang is created under its OPD and listed after it; an unknown parent or a taken "
            + "code is refused")
    void workUnitTree() throws IOException {
        String child = newUnit("DINKES");
        String grandchild = newUnit(child);
        JsonArray tree = (JsonArray) json(send("GET", "/api/v1/work-units", null, null));
        List<String> codes = tree.getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
        assertTrue(codes.indexOf("DINKES") < codes.indexOf(child), codes.toString());
        assertTrue(codes.indexOf(child) < codes.indexOf(grandchild), codes.toString());
        JsonObject listed = tree.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(grandchild)).findFirst().orElseThrow();
        assertEquals(child, listed.getString("parentCode"));
        assertTrue(tree.getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("DINKES"))
                .allMatch(u -> !u.containsKey("parentCode") || u.isNull("parentCode")), "an OPD has no parent");

        HttpResponse<String> unknownParent = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Bidang Yatim\",\"parentCode\":\"TIDAK-ADA\"}".formatted(unique("WF")));
        assertEquals(400, unknownParent.statusCode(), unknownParent.body());
        assertEquals("application/problem+json",
                unknownParent.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("parentCode", object(unknownParent).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> taken = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Bidang Kembar\"}".formatted(child));
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(403, send("POST", "/api/v1/work-units", AGENCY_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Bidang Agensi\"}".formatted(unique("WF"))).statusCode());
    }
}
