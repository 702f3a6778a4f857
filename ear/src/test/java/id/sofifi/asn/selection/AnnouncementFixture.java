package id.sofifi.asn.selection;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.identity.domain.ApiToken;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
        AnnouncementFixture f = new AnnouncementFixture(SelectionFixture.period("ANN", year));
        SelectionFixture.formation(f.period, "F-1", "Analis Kebijakan", "S-1 Hukum", "GENERAL", 1);
        List<String> csv = new ArrayList<>(List.of(SelectionFixture.APPLICATIONS));
        for (int i = 1; i <= size; i++) {
            String number = f.period + "-" + i;
            String nik = SystemTest.nik("827203", BIRTH, i % 2 == 0, i);
            f.numbers.add(number);
            f.niks.add(nik);
            csv.add(number + "," + nik + ",Pelamar Uji " + i + ",1996-04-17," + (i % 2 == 0 ? 'F' : 'M')
                    + ",F-1,S-1 Hukum,3.25,," + (i % 3 == 0 ? "TMS" : "MS"));
        }
        JsonObject status = SelectionFixture.csvJob(f.period, "application-imports", csv);
        assertEquals(size, status.getInt("written"), status.toString());
        return f;
    }

    /** Prepares with the admin token and approves with the supervisor's; answers the published announcement. */
    JsonObject publish(String stage, Long corrects) throws Exception {
        HttpResponse<String> draft = send("POST", "/api/v1/periods/" + period + "/announcements", ADMIN_TOKEN,
                corrects == null
                        ? "{\"stage\":\"" + stage + "\"}"
                        : "{\"stage\":\"" + stage + "\",\"corrects\":" + corrects + "}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = object(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = send("POST", "/api/v1/announcements/" + id + "/approval", SUPERVISOR_TOKEN,
                null);
        assertEquals(200, published.statusCode(), published.body());
        return object(published);
    }

    static void issueSupervisorToken() throws SQLException {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c
                        .prepareStatement("INSERT INTO api_token (principal, token_hash, roles, created_at)"
                                + " VALUES ('supervisor', ?, 'SUPERVISOR', now()) ON CONFLICT DO NOTHING")) {
            s.setString(1, ApiToken.hashOf(SUPERVISOR_TOKEN));
            s.executeUpdate();
        }
    }

    /** Runs SQL as the database superuser, behind the application's back. */
    static int sql(String statement, Object... args) throws SQLException {
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
