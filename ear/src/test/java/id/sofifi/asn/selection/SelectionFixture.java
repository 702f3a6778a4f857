package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.awaitJob;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds selection periods over the API, as an administrator and an agency would. */
final class SelectionFixture {
    static final String APPLICATIONS = "registration_number,nik,full_name,birth_date,sex,formation_code,"
            + "education,gpa,email,administration_result";

    private SelectionFixture() {
    }

    /** A new period of the fiscal year (one no other test uses, so NIKs never collide); answers its code. */
    static String period(String prefix, int year) throws Exception {
        String code = unique(prefix);
        HttpResponse<String> created = send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Seleksi uji","year":%d,"type":"CPNS","registrationOpens":"%d-03-01T08:00:00+09:00",
                 "registrationCloses":"%d-03-31T23:59:59+09:00","objectionDays":3}""".formatted(code, year, year,
                year));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    static void formation(String period, String code, String position, String education, String category, int quota)
            throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/periods/" + period + "/formations", ADMIN_TOKEN, """
                {"code":"%s","position":"%s","workUnit":"BKD","education":"%s","category":"%s","quota":%d}"""
                .formatted(code, position, education, category, quota));
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Posts CSV lines to one of the period's import endpoints and waits for the job's end. */
    static JsonObject csvJob(String period, String kind, List<String> lines) throws Exception {
        return awaitJob(sendCsv("/api/v1/periods/" + period + "/" + kind, ADMIN_TOKEN,
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN);
    }
}
