package id.sofifi.asn.audit;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
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

/**
 * Audit rows beyond the application's reach: the role the server signs in as may append and read the trail, but
 * the database itself refuses it any change or removal, by privilege (42501), before any trigger runs; the
 * tables' owner, which runs the migrations, is a separate role the server uses for nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTamperIT {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("As the application role: UPDATE, DELETE and TRUNCATE of audit_event are refused, INSERT works")
    void applicationRoleMayOnlyAppend() throws Exception {
        String code = SystemTest.unique("TMP");
        HttpResponse<String> created = send("POST", "/api/v1/periods", ADMIN_TOKEN, """
                {"code":"%s","name":"Seleksi uji jejak","year":2027,"type":"CPNS",
                 "registrationOpens":"2027-05-01","registrationCloses":"2027-05-31"}""".formatted(code));
        assertEquals(201, created.statusCode(), created.body());

        try (Connection c = EmbeddedDatabase.application(SystemTest.DB_PORT); Statement s = c.createStatement()) {
            assertEquals(EmbeddedDatabase.APPLICATION, scalar(s, "SELECT current_user"));
            assertTrue(
                    Long.parseLong(
                            scalar(s, "SELECT count(*) FROM audit_event WHERE subject_key = '" + code + "'")) > 0,
                    "the application role reads the trail");
            assertRefused(
                    () -> s.executeUpdate("UPDATE audit_event SET actor = 'x' WHERE subject_key = '" + code + "'"));
            assertRefused(() -> s.executeUpdate("DELETE FROM audit_event WHERE subject_key = '" + code + "'"));
            assertRefused(() -> s.execute("TRUNCATE audit_event"));
            assertRefused(() -> s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete"));
            assertRefused(() -> s.execute("DROP TRIGGER audit_event_no_update_or_delete ON audit_event"));

            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor,"
                    + " action, subject_type, subject_key, summary, previous_hash, hash) SELECT max(seq) + 1, now(), 'uji',"
                    + " 'tamper.probe', 'Probe', ?, 'uji', repeat('0', 64), repeat('1', 64) FROM audit_event")) {
                insert.setString(1, code);
                assertEquals(1, insert.executeUpdate(), "the application role appends");
            } finally {
                c.rollback(); // a probe row would break the chain the other tests verify
            }
        }
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static void assertRefused(Sql statement) {
        SQLException refused = assertThrows(SQLException.class, statement::run);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }

    private static String scalar(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
