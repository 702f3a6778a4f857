package id.sofifi.asn.platform;

import static id.sofifi.asn.system.SystemTest.SUPERVISOR_TOKEN;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.system.Citizens;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.FacesForm;
import id.sofifi.asn.system.FormLogin;
import id.sofifi.asn.system.Outbox;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.system.TestImages;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the matrix calls with: the nine callers, signed in or created through the system's own use cases (the
 * employee imported and given a password by the mailed link, the citizen signed up by the forum's link), and the
 * things whose ids fill the operations' paths, made throwaway where an allowed call may change them.
 */
final class MatrixFixtures {
    private static final String EMPLOYEE_PASSWORD = "Sandi-Pegawai-2026";
    private static final LocalDate BIRTH = LocalDate.of(1985, 2, 14);
    private static final Pattern PASSWORD_LINK = Pattern.compile("/kata-sandi-asn\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    /** An id no flagged response has (a flag needs a burst of survey responses; the exclusion is only written). */
    private static final String NONE = "999999999";
    private static final Pattern PARAMETER = Pattern.compile("([^/]+)/\\{(\\w+)}");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<MatrixCaller> callers;

    private MatrixFixtures(List<MatrixCaller> callers) {
        this.callers = callers;
    }

    List<MatrixCaller> callers() {
        return callers;
    }

    /** Signs the nine callers in and makes the fixtures. */
    static MatrixFixtures make() throws Exception {
        String unit = created("/api/v1/work-units", "{\"code\":\"%s\",\"name\":\"Unit Uji Matriks Peran\"}", "RM");
        String email = SystemTest.unique("pegawai").toLowerCase(Locale.ROOT) + "@pegawai.example";
        String nip = employeeIn(unit, email);
        FormLogin citizen = Citizens.signedUp("matriks");
        MatrixFixtures fixtures = new MatrixFixtures(List.of(MatrixCaller.anonymous(),
                MatrixCaller.session("applicant",
                        FormLogin.signInOn("/masuk.xhtml", "8272045203900001", "pelamar123", "/pelamar/index.xhtml")
                                .client()),
                MatrixCaller.session("employee", employeeSession(nip, email)),
                MatrixCaller.session("citizen", citizen.client()), MatrixCaller.bearer("agency", AGENCY_TOKEN),
                MatrixCaller.session("verifier", staff("verifikator", "verif123")),
                MatrixCaller.session("operator", staff("operator", "oper123")),
                MatrixCaller.bearer("supervisor", SUPERVISOR_TOKEN), MatrixCaller.bearer("admin", ADMIN_TOKEN)));
        fixtures.put("work-units/{code}", unit);
        fixtures.put("employees/{nip}", nip);
        fixtures.put("enrolments/{nip}", nip);
        fixtures.values.put("nip", nip);
        String period = created("/api/v1/periods", """
                {"code":"%s","name":"Periode uji matriks peran","year":2041,"type":"CPNS",
                 "registrationOpens":"2041-03-01T08:00:00+09:00","registrationCloses":"2041-03-31T23:59:59+09:00",
                 "objectionDays":3}""", "RM");
        fixtures.put("periods/{code}", period);
        assertCreated(send("POST", "/api/v1/periods/" + period + "/formations", ADMIN_TOKEN, """
                {"code":"F-1","position":"Analis","workUnit":"%s","education":"S-1 Hukum",
                 "category":"GENERAL","quota":1}""".formatted(unit)));
        fixtures.put("formations/{formation}", "F-1");
        String serviceUnit = created("/api/v1/service-units",
                "{\"code\":\"%s\",\"name\":\"Loket uji matriks\",\"workUnitCode\":\"" + unit
                        + "\",\"annualUsers\":100}",
                "RM");
        fixtures.put("service-units/{code}", serviceUnit);
        fixtures.put("kiosks/{id}",
                String.valueOf(object(assertCreated(send("POST", "/api/v1/service-units/" + serviceUnit + "/kiosks",
                        ADMIN_TOKEN, "{\"label\":\"Tablet uji matriks\"}"))).getJsonNumber("id").longValue()));
        String complaint = complaint(unit, "PUBLIC");
        fixtures.put("complaints/{code}", complaint);
        assertCreated(MatrixCaller.bearer("admin", ADMIN_TOKEN).send("POST",
                "/api/v1/complaints/" + complaint + "/attachments", "application/json", "image/png",
                TestImages.picture("png")));
        fixtures.put("attachments/{number}", "1");
        fixtures.values.put("confidential", complaint(unit, "CONFIDENTIAL"));
        HttpResponse<String> topic = citizen.send("POST", "/api/v1/forum/topics", """
                {"workUnitCode":"%s","title":"Lampu jalan uji padam","body":"Lampu jalan di depan kantor uji padam."}"""
                .formatted(unit));
        String topicId = String.valueOf(object(assertCreated(topic)).getJsonNumber("id").longValue());
        fixtures.put("topics/{id}", topicId);
        fixtures.put("posts/{id}",
                String.valueOf(object(assertCreated(citizen.send("POST", "/api/v1/forum/topics/" + topicId + "/posts",
                        "{\"body\":\"Sudah sebulan padam.\"}"))).getJsonNumber("id").longValue()));
        String client = String.valueOf(object(assertCreated(send("POST", "/api/v1/api-clients", ADMIN_TOKEN, """
                {"agencyName":"Dinas Uji Matriks","contactName":"Petugas Integrasi",
                 "contactEmail":"integrasi@matriks.example","scopes":["RECRUITMENT"],"expiresOn":"%s"}"""
                .formatted(LocalDate.now().plusDays(30))))).getJsonNumber("id").longValue());
        fixtures.put("api-clients/{id}", client);
        fixtures.put("tokens/{tokenId}", String.valueOf(
                object(assertCreated(send("POST", "/api/v1/api-clients/" + client + "/tokens", ADMIN_TOKEN, null)))
                        .getJsonObject("token").getJsonNumber("id").longValue()));
        HttpResponse<String> report = send("POST", "/api/v1/evaluation-reports", ADMIN_TOKEN,
                "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"workUnit\":\"" + unit + "\"}");
        assertEquals(202, report.statusCode(), report.body());
        fixtures.put("evaluation-reports/{id}", String.valueOf(object(report).getJsonNumber("reportId").longValue()));
        fixtures.put("jobs/{id}", String.valueOf(object(report).getJsonNumber("jobId").longValue()));
        fixtures.demoData();
        fixtures.put("flagged-responses/{id}", NONE);
        fixtures.put("holidays/{year}", String.valueOf(LocalDate.now().getYear() + 5));
        return fixtures;
    }

    /** Ids the demo data holds: the first training, the first published announcement and an entry, a certificate. */
    private void demoData() throws Exception {
        JsonObject training = ((JsonArray) SystemTest.json(send("GET", "/api/v1/trainings", null, null)))
                .getJsonObject(0);
        put("trainings/{code}", training.getString("code"));
        put("attendance/{on}", training.getString("startsOn"));
        long announcement = ((JsonArray) SystemTest.json(send("GET", "/api/v1/announcements", null, null)))
                .getJsonObject(0).getJsonNumber("id").longValue();
        put("announcements/{id}", String.valueOf(announcement));
        String entry = object(send("GET", "/api/v1/announcements/" + announcement + "/entries", null, null))
                .getJsonArray("items").getJsonObject(0).getString("registrationNumber");
        put("entries/{registrationNumber}", entry);
        put("applications/{registrationNumber}", entry);
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT certificate_number FROM training_record"
                        + " WHERE certificate_number IS NOT NULL ORDER BY id LIMIT 1")) {
            put("certificates/{number}", rows.next() ? rows.getString(1) : "TIDAK-ADA");
        }
    }

    /** An employee of the demo data, not the matrix's own employee, whom the matrix's employee does not head. */
    String otherEmployee() throws Exception {
        return object(send("GET", "/api/v1/employees?q=Tomagola", ADMIN_TOKEN, null)).getJsonArray("items")
                .getJsonObject(0).getString("nip");
    }

    private void put(String segment, String value) {
        values.put(segment, value);
    }

    /** The operation's path with each parameter filled by the fixture of the collection it follows. */
    String path(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = values.get(parameter.group());
            if (value == null) {
                throw new IllegalStateException("no fixture for " + parameter.group() + " in " + template);
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(parameter.group(1) + "/" + value));
        }
        return parameter.appendTail(path).toString();
    }

    /** The table's body with its {@code ${name}} placeholders filled. */
    byte[] body(String template) {
        String body = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            body = body.replace("${" + value.getKey() + "}", value.getValue());
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Files a complaint of that privacy about the unit, as anyone may; answers its tracking code. */
    private static String complaint(String unit, String privacy) throws Exception {
        return object(assertCreated(send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"%s","title":"Antrean loket uji lama",
                 "body":"Antrean di loket uji berjalan lambat sekali.","workUnitCode":"%s"}""".formatted(privacy,
                unit)))).getString("trackingCode");
    }

    /** A fixture by name (e.g. {@code confidential}: the tracking code of a CONFIDENTIAL complaint). */
    String value(String name) {
        return values.get(name);
    }

    /** Posts {@code json} (its {@code %s} the new code) as administrator; answers the code. */
    private static String created(String path, String json, String prefix) throws Exception {
        String code = SystemTest.unique(prefix);
        assertCreated(send("POST", path, ADMIN_TOKEN, json.formatted(code)));
        return code;
    }

    private static HttpResponse<String> assertCreated(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    /** Imports one PNS into the unit by the employee import (§4 NIP, §1.1 NIK) and answers the NIP. */
    private static String employeeIn(String unit, String email) throws Exception {
        int serial = (int) (System.nanoTime() % 999) + 1;
        String nip = "19850214201003" + "1" + String.format("%03d", serial);
        String csv = "nip,nik,full_name,birth_date,sex,employment_type,appointed_on,position,work_unit,email\n" + nip
                + "," + SystemTest.nik("827205", BIRTH, false, 7000 + serial) + ",Pegawai Uji Matriks," + BIRTH
                + ",M,PNS,2010-03-01,Analis Kepegawaian," + unit + "," + email + "\n";
        JsonObject job = SystemTest.awaitJob(
                SystemTest.sendCsv("/api/v1/employee-imports", ADMIN_TOKEN, csv.getBytes(StandardCharsets.UTF_8)),
                ADMIN_TOKEN);
        assertEquals(1, job.getInt("written"), job.toString());
        return nip;
    }

    /** The employee asks for the password link by NIP, opens the mailed link, chooses a password and signs in. */
    private static HttpClient employeeSession(String nip, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        FacesForm.submit(browser, "/kata-sandi-asn.xhtml", "employeePassword",
                Map.of("token", "", "nip", nip, "request", "Kirim"));
        String token = Outbox.newestLink(email, PASSWORD_LINK);
        FacesForm.submit(browser, "/kata-sandi-asn.xhtml?token=" + token, "employeePassword", Map.of("token", token,
                "password", EMPLOYEE_PASSWORD, "passwordRepeat", EMPLOYEE_PASSWORD, "save", "Simpan"));
        return FormLogin.signIn(nip, EMPLOYEE_PASSWORD, "/asn/index.xhtml").client();
    }

    private static HttpClient staff(String username, String password) throws Exception {
        return FormLogin.signIn(username, password, "/staff/index.xhtml").client();
    }
}
