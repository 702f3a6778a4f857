package id.sofifi.asn.audit;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit chain: written by every change, verifiable, tamper-evident, and not writable by the application. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static JsonObject verification() throws IOException {
        HttpResponse<String> response = send("GET", "/api/v1/audit/verification", ADMIN_TOKEN, null);
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private static String changeSomething() throws IOException {
        String code = SystemTest.unique("AUD");
        HttpResponse<String> created = send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Seleksi uji audit","year":2027,"type":"CPNS",
                 "registrationOpens":"2027-05-01","registrationCloses":"2027-05-31"}""".formatted(code));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    @Test
    @DisplayName("Every change writes an audit event with actor and digests; the chain verifies")
    void changesAreAuditedAndChainHolds() throws Exception {
        String code = changeSomething();
        assertEquals(200, send("PUT", "/api/v1/periods/" + code + "/thresholds", ADMIN_TOKEN, """
                {"general":{"twk":70,"tiu":80,"tkp":166},"cumlaude":{"total":311,"tiu":85},
                 "affirmative":{"total":286,"tiu":60}}""").statusCode());
        assertEquals(201, send("POST", "/api/v1/periods/" + code + "/formations", ADMIN_TOKEN, """
                {"code":"BKD-AUDIT-01","position":"Auditor","workUnit":"BKD","education":"S-1 Akuntansi",
                 "category":"GENERAL","quota":1}""").statusCode());
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c
                        .prepareStatement("SELECT string_agg(action || ' ' || subject_key, ', ' ORDER BY seq)"
                                + " FROM audit_event WHERE subject_key LIKE ? AND actor = 'admin'")) {
            s.setString(1, code + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals("period.created " + code + ", period.thresholds " + code + ", formation.created " + code
                        + "/BKD-AUDIT-01", rs.getString(1));
            }
        }
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement s = c.prepareStatement(
                        "SELECT actor, action, before_digest, after_digest FROM audit_event WHERE subject_key = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "an audit event for " + code);
                assertEquals("admin", rs.getString("actor"));
                assertEquals("period.created", rs.getString("action"));
                assertEquals(null, rs.getString("before_digest"));
                assertEquals(64, rs.getString("after_digest").length());
            }
        }
        JsonObject result = verification();
        assertTrue(result.getBoolean("valid"), result.toString());
        assertTrue(result.getInt("events") >= 2, result.toString());
        assertEquals(64, result.getString("headHash").length());
    }

    @Test
    @DisplayName("A row changed behind the application's back is detected at its sequence number")
    void tamperedRowIsDetected() throws Exception {
        String code = changeSomething();
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT); Statement s = c.createStatement()) {
            long seq;
            String original;
            try (ResultSet rs = s
                    .executeQuery("SELECT seq, summary FROM audit_event WHERE subject_key = '" + code + "'")) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            // only a superuser bypassing triggers can do this; the point is that it does not go unseen
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE audit_event SET summary = 'diubah diam-diam' WHERE seq = " + seq);
            try {
                JsonObject broken = verification();
                assertFalse(broken.getBoolean("valid"), broken.toString());
                assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
            } finally {
                try (PreparedStatement restore = c
                        .prepareStatement("UPDATE audit_event SET summary = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, seq);
                    restore.executeUpdate();
                }
            }
        }
        assertTrue(verification().getBoolean("valid"));
    }

    @Test
    @DisplayName("The application's database account cannot update or delete audit rows")
    void applicationCannotRewriteHistory() throws Exception {
        changeSomething();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + SystemTest.DB_PORT + "/asn",
                "asn", "asn"); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET actor = 'x' WHERE seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }
}
