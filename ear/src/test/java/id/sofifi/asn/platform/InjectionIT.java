package id.sofifi.asn.platform;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.FormLogin;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.TestEmployees;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Markup that citizens, staff and imports store, or put in an address, is shown as text, and a downloaded list never
 * hands a spreadsheet a formula (issue 13).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InjectionIT {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_SHOWN = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String IMAGE_RAW = "<img src=x onerror";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 13: a complaint's title and text with markup show as text on its public status page")
    void complaint() throws Exception {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"PUBLIC","title":"%s","body":"Loket tutup %s sejak pagi.",
                 "workUnitCode":"BKD"}""".formatted(json(SCRIPT), json(IMAGE)));
        assertEquals(201, filed.statusCode(), filed.body());
        String page = get("/lapor/status.xhtml?kode=" + object(filed).getString("trackingCode"));
        assertShownAsText(page, "complaint status");
    }

    @Test
    @DisplayName("Issue 13: a forum topic with markup shows as text on the public topic page")
    void forumTopic() throws Exception {
        FormLogin citizen = FormLogin.signIn("warga@sofifi.example", "Warga-Sofifi-2026", "/forum/index.xhtml");
        HttpResponse<String> opened = citizen.send("POST", "/api/v1/forum/topics", """
                {"workUnitCode":"BKD","title":"Tanya %s","body":"Mengapa %s ditolak?"}""".formatted(json(SCRIPT),
                json(IMAGE)));
        assertEquals(201, opened.statusCode(), opened.body());
        assertShownAsText(get("/forum/topik.xhtml?id=" + object(opened).getJsonNumber("id").longValue()),
                "forum topic");
    }

    @Test
    @DisplayName("Issue 13: a training title with markup shows as text on the staff screen")
    void trainingTitle() throws Exception {
        String code = unique("XSS");
        HttpResponse<String> created = send("POST", "/api/v1/trainings", ADMIN_TOKEN, """
                {"code":"%s","title":"Etika %s %s","partnerCode":"UNKHAIR","competence":"MANAGERIAL",
                 "form":"CLASSICAL","latsar":false,"startsOn":"%s","endsOn":"%s","jp":"8","capacity":10}""".formatted(
                code, json(SCRIPT), json(IMAGE), LocalDate.now().plusDays(30), LocalDate.now().plusDays(31)));
        assertEquals(201, created.statusCode(), created.body());
        String page = FormLogin.signIn("admin", "admin123", "/staff/index.xhtml")
                .page("/staff/admin/training.xhtml?code=" + code);
        assertShownAsText(page, "training screen");
    }

    @Test
    @DisplayName("Issue 13: an applicant's name with markup, imported from another registration system, shows as text "
            + "on the verification screen")
    void applicantName() throws Exception {
        String number = unique("XSS") + "-1";
        String csv = "registration_number,nik,full_name,birth_date,sex,formation_code,education,gpa,email,"
                + "administration_result\n" + number + ","
                + SystemTest.nik("827103", LocalDate.of(1995, 8, 17), true, 41) + ",\"" + SCRIPT
                + IMAGE.replace("\"", "\"\"") + "\",1995-08-17,F,DPUPR-TEKSIPIL-01,S-1 Teknik Sipil,3.40,,\n";
        JsonObject job = SystemTest
                .awaitJob(
                        SystemTest.sendCsv("/api/v1/periods/CPNS-" + LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear()
                                + "/application-imports", ADMIN_TOKEN, csv.getBytes(StandardCharsets.UTF_8)),
                        ADMIN_TOKEN);
        assertEquals(1, job.getInt("written"), job.toString());
        String page = FormLogin.signIn("admin", "admin123", "/staff/index.xhtml")
                .page("/staff/lamaran.xhtml?no=" + number);
        assertShownAsText(page, "verification screen");
    }

    @Test
    @DisplayName("Issue 13: markup in an address is shown as text, never run")
    void reflected() throws Exception {
        String query = URLEncoder.encode(SCRIPT + IMAGE, StandardCharsets.UTF_8);
        for (String path : new String[]{"/cek-pendaftaran.xhtml?no=", "/lapor/status.xhtml?kode=",
                "/sertifikat.xhtml?no="}) {
            String page = get(path + query);
            assertFalse(page.contains(SCRIPT) || page.contains(IMAGE_RAW), path + " reflects markup: " + page);
        }
    }

    @Test
    @DisplayName("Issue 13: an employee named like a formula comes in the CSV download as text behind an apostrophe")
    void csvNeutralisesFormula() throws Exception {
        String nip = TestEmployees.insert(FORMULA, "PNS", LocalDate.of(2015, 3, 1), null);
        String csv = FormLogin.signIn("admin", "admin123", "/staff/index.xhtml")
                .page("/staff/admin/employees.csv?q=" + nip);
        String row = csv.lines().filter(l -> l.startsWith(nip)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(row.startsWith(nip + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\","), row);
    }

    private static void assertShownAsText(String page, String what) {
        assertTrue(page.contains(SCRIPT_SHOWN), what + " shows the script as text: " + page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), what + " shows the image as text: " + page);
        assertFalse(page.contains(SCRIPT) || page.contains(IMAGE_RAW), what + " carries live markup: " + page);
    }

    /** The text inside a JSON string. */
    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }

    private static String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
