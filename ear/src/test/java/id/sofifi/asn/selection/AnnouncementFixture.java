package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.sendCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.identity.domain.ApiToken;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of its own with applications whose administrative result (MS/TMS) came with the import, and
 * a second staff token: the supervisor who approves what the administrator prepared. There is no token
 * screen yet, so the token is issued the way README.md says an administrator does it, in the database.
 */
final class AnnouncementFixture {
    static final String SUPERVISOR_TOKEN = "it-supervisor-token-announcements";
    private static final LocalDate BIRTH = LocalDate.of(1996, 4, 17);

    final String period;
    final List<String> numbers = new ArrayList<>();
    final List<String> niks = new ArrayList<>();

    private AnnouncementFixture(String period) {
        this.period = period;
    }

    /** {@code size} applications in formation F-1 of a new period of fiscal year {@code year}. */
    static AnnouncementFixture create(int year, int size) throws Exception {
        issueSupervisorToken();
        AnnouncementFixture f = new AnnouncementFixture(SystemTest.unique("ANN"));
        assertEquals(201, send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Seleksi uji pengumuman","year":%d,"type":"CPNS",
                 "registrationOpens":"%d-02-01T08:00:00+09:00","registrationCloses":"%d-02-28T23:59:59+09:00",
                 "objectionDays":3}""".formatted(f.period, year, year, year)).statusCode());
        assertEquals(201, send("POST", "/api/v1/periods/" + f.period + "/formations", ADMIN_TOKEN, """
                {"code":"F-1","position":"Analis Kebijakan","workUnit":"BKD","education":"S-1 Hukum",
                 "category":"GENERAL","quota":1}""").statusCode());
        StringBuilder csv = new StringBuilder("registration_number,nik,full_name,birth_date,sex,formation_code,"
                + "education,gpa,email,administration_result\n");
        for (int i = 1; i <= size; i++) {
            String number = f.period + "-" + i;
            String nik = SystemTest.nik("827203", BIRTH, i % 2 == 0, i);
            f.numbers.add(number);
            f.niks.add(nik);
            csv.append(number).append(',').append(nik).append(",Pelamar Uji ").append(i).append(",1996-04-17,")
                    .append(i % 2 == 0 ? 'F' : 'M').append(",F-1,S-1 Hukum,3.25,,").append(i % 3 == 0 ? "TMS" : "MS")
                    .append('\n');
        }
        HttpResponse<String> accepted = sendCsv("/api/v1/periods/" + f.period + "/application-imports", ADMIN_TOKEN,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.statusCode(), accepted.body());
        String job = accepted.headers().firstValue("Location").orElseThrow();
        JsonObject status = object(send("GET", job, ADMIN_TOKEN, null));
        for (int tries = 0; List.of("STARTING", "STARTED").contains(status.getString("status")) && tries < 300; tries++) {
            Thread.sleep(200);
            status = object(send("GET", job, ADMIN_TOKEN, null));
        }
        assertEquals(size, status.getInt("written"), status.toString());
        return f;
    }

    /** Prepares with the admin token and approves with the supervisor's; answers the published announcement. */
    JsonObject publish(String stage, Long corrects) throws Exception {
        HttpResponse<String> draft = send("POST", "/api/v1/periods/" + period + "/announcements", ADMIN_TOKEN,
                corrects == null ? "{\"stage\":\"" + stage + "\"}" : "{\"stage\":\"" + stage + "\",\"corrects\":" + corrects + "}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = object(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = send("POST", "/api/v1/announcements/" + id + "/approval", SUPERVISOR_TOKEN, null);
        assertEquals(200, published.statusCode(), published.body());
        return object(published);
    }

    static void issueSupervisorToken() throws SQLException {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement("INSERT INTO api_token (principal, token_hash, roles, created_at)"
                        + " VALUES ('supervisor', ?, 'SUPERVISOR', now()) ON CONFLICT DO NOTHING")) {
            s.setString(1, ApiToken.hashOf(SUPERVISOR_TOKEN));
            s.executeUpdate();
        }
    }

    /** Runs SQL as the database superuser, behind the application's back. */
    static int sql(String statement, Object... args) throws SQLException {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
