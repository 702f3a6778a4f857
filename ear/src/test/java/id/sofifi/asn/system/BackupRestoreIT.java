package id.sofifi.asn.system;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as docs/operations.md has them ({@link ClusterBackup}, what {@code ./mvnw -Pbackup} and
 * {@code -Prestore} run): a backup taken while the server works, restored into a fresh data directory, serves a
 * server whose audit chain and published announcements verify to the heads they had when the backup was taken.
 */
class BackupRestoreIT {
    private static final Logger LOG = Logger.getLogger(BackupRestoreIT.class.getName());

    @Test
    @DisplayName("A backup taken while the server runs restores into a fresh cluster: audit chain and every"
            + " published announcement's chain verify there, to the same heads")
    void restoredBackupVerifies() throws Exception {
        OwnServer own = new OwnServer("backup");
        Path zip = own.work().resolve("asn-backup.zip");
        Path restored = own.work().resolve("pg-restored");
        deleteTree(restored);
        Files.deleteIfExists(zip);

        JsonObject auditBefore;
        Map<Long, String> announcementHeads = new LinkedHashMap<>();
        try (EmbeddedDatabase database = own.emptyDatabase(); ServerProcess server = own.start()) {
            // the first start seeded the demo: published announcements, and audit events for all of it
            auditBefore = verified("/api/v1/audit/verification", ADMIN_TOKEN);
            for (long id : publishedAnnouncements()) {
                announcementHeads.put(id,
                        verified("/api/v1/announcements/" + id + "/verification", null).getString("headHash"));
            }
            assertFalse(announcementHeads.isEmpty(), "the demo publishes announcements");
            ClusterBackup.backup(OwnServer.DB_PORT, own.work().resolve("pg-data"), zip);
        }
        LOG.info(() -> "backup of " + auditBefore.getInt("events") + " audit events and " + announcementHeads.size()
                + " announcements: " + zip.toFile().length() / 1024 + " KiB");

        ClusterBackup.restore(zip, restored);
        try (EmbeddedDatabase database = own.database(restored); ServerProcess server = own.start()) {
            JsonObject audit = verified("/api/v1/audit/verification", ADMIN_TOKEN);
            assertTrue(audit.getInt("events") >= auditBefore.getInt("events"), audit.toString());
            assertEquals(auditBefore.getString("headHash"), hashAt(auditBefore.getInt("events")),
                    "the restored trail holds the head the backup saw, where it was");
            assertEquals(new ArrayList<>(announcementHeads.keySet()), publishedAnnouncements());
            for (Map.Entry<Long, String> announcement : announcementHeads.entrySet()) {
                assertEquals(announcement.getValue(),
                        verified("/api/v1/announcements/" + announcement.getKey() + "/verification", null)
                                .getString("headHash"));
            }
        }
    }

    private static JsonObject verified(String path, String token) throws IOException {
        HttpResponse<String> response = send("GET", OwnServer.BASE + path, token, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject check = object(response);
        assertTrue(check.getBoolean("valid"), path + ": " + check);
        return check;
    }

    private static List<Long> publishedAnnouncements() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = OwnServer.connect();
                PreparedStatement s = c
                        .prepareStatement("SELECT id FROM announcement WHERE status = 'PUBLISHED' ORDER BY id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String hashAt(long seq) throws SQLException {
        try (Connection c = OwnServer.connect();
                PreparedStatement s = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "audit event " + seq);
                return rs.getString(1);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
