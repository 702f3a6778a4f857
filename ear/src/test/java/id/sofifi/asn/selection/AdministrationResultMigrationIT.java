package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.system.EmbeddedDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migration V8 on a database of its own (no server): snapshots of the administrative result
 * published the old way, before V8, become chained ADMINISTRATION announcements that the public
 * verification accepts, each revision a correction of the one before, and their objection window moves
 * to recruitment's table.
 */
class AdministrationResultMigrationIT {
    private static final String PERIOD = "MIG-2046";

    @Test
    @DisplayName("V8: old published snapshots become verifiable chained ADMINISTRATION announcements; the"
            + " objection window they opened stands; the old tables are gone")
    void snapshotsBecomeChainedAnnouncements() throws Exception {
        Path work = Path.of(System.getProperty("asn.test.work.dir", "target/system-test"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(port, work.resolve("pg-bin"),
                work.resolve("pg-data-migration"), EmbeddedDatabase.Mode.TEST);
                Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE, "asn", "asn");
                Statement s = c.createStatement()) {
            migrate(port, versionBeforeV8());
            publishTheOldWay(s);

            migrate(port, "latest");

            assertFalse(exists(s, "SELECT 1 FROM pg_tables WHERE tablename LIKE 'administration_announcement%'"));
            List<long[]> announcements = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT a.id, a.corrects_id, a.entry_count FROM announcement a"
                    + " JOIN selection_period p ON p.id = a.period_id WHERE p.code = '" + PERIOD + "'"
                    + " AND a.stage = 'ADMINISTRATION' AND a.status = 'PUBLISHED' ORDER BY a.published_at")) {
                while (rs.next()) {
                    announcements.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            assertEquals(2, announcements.size(), "two revisions, two announcements");
            long first = announcements.get(0)[0];
            long revision = announcements.get(1)[0];
            assertEquals(0, announcements.get(0)[1], "the first corrects nothing");
            assertEquals(first, announcements.get(1)[1], "revision 2 corrects revision 1");
            assertEquals(3, announcements.get(0)[2]);

            assertTrue(verify(s, first).valid(), "the first revision verifies");
            assertTrue(verify(s, revision).valid(), "the second revision verifies");
            assertEquals(List.of("MIG-2046-3:TMS", "MIG-2046-1:MS", "MIG-2046-2:TMS"), codes(s, first),
                    "ordered as a new announcement orders them: formation A-1 before B-1, then number");
            assertEquals(List.of("MIG-2046-3:MS", "MIG-2046-1:MS", "MIG-2046-2:TMS"), codes(s, revision));

            try (ResultSet rs = s.executeQuery("SELECT w.announcement_id, w.closes_at = TIMESTAMPTZ"
                    + " '2046-04-09 15:00:00+00' FROM objection_window w JOIN selection_period p"
                    + " ON p.id = w.period_id WHERE p.code = '" + PERIOD + "'")) {
                assertTrue(rs.next());
                assertEquals(first, rs.getLong(1), "the first publication opened the window");
                assertTrue(rs.getBoolean(2), "the window closes when it closed before");
                assertFalse(rs.next());
            }
            try (ResultSet rs = s.executeQuery("SELECT approved_by FROM announcement WHERE id = " + first)) {
                rs.next();
                assertNull(rs.getString(1), "published by one account under the old rules");
            }
        }
    }

    private static void migrate(int port, String target) {
        Flyway.configure()
                .dataSource("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE, "asn", "asn")
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    /** The migration listed just before V8 (versions between are other work's and may come and go). */
    private static String versionBeforeV8() throws IOException {
        try (InputStream in = AdministrationResultMigrationIT.class.getClassLoader()
                .getResourceAsStream("db/migration/migrations.txt")) {
            List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank())
                    .sorted(Comparator.comparingInt(l -> Integer.parseInt(l.substring(1, l.indexOf("__"))))).toList();
            String before = listed.get(
                    listed.indexOf(listed.stream().filter(l -> l.startsWith("V8__")).findFirst().orElseThrow()) - 1);
            return before.substring(1, before.indexOf("__"));
        }
    }

    /** What AdministrationAnnouncementService wrote: revision 1, an accepted objection, revision 2. */
    private static void publishTheOldWay(Statement s) throws SQLException {
        s.execute("INSERT INTO selection_period (code, name, fiscal_year, type, registration_opens,"
                + " registration_closes, objection_days, general_twk, general_tiu, general_tkp, cumlaude_total,"
                + " cumlaude_tiu, affirmative_total, affirmative_tiu) VALUES ('" + PERIOD + "', 'Uji migrasi',"
                + " 2046, 'CPNS', TIMESTAMPTZ '2046-03-01 00:00:00+00', TIMESTAMPTZ '2046-03-31 00:00:00+00', 3,"
                + " 65, 80, 166, 311, 85, 286, 60)");
        s.execute("INSERT INTO work_unit (code, name) VALUES ('MIG', 'Unit uji migrasi')");
        for (String formation : List.of("B-1", "A-1")) {
            s.execute("INSERT INTO formation (period_id, code, position, work_unit_id, education, category, quota)"
                    + " SELECT p.id, '" + formation + "', 'Analis', w.id, 'S-1 Hukum', 'GENERAL', 1"
                    + " FROM selection_period p, work_unit w WHERE p.code = '" + PERIOD + "' AND w.code = 'MIG'");
        }
        String[][] applications = {{"1", "B-1", "Siti Nurhaliza", "MS"}, {"2", "B-1", "Ñoman Ma'ruf, S.H.", "TMS"},
                {"3", "A-1", "Budi", "TMS"}};
        for (String[] a : applications) {
            s.execute("INSERT INTO application (registration_number, formation_id, submitted_at, period_id,"
                    + " fiscal_year, nik, full_name, birth_date, sex, education, gpa, source, status)" + " SELECT '"
                    + PERIOD + "-" + a[0] + "', f.id, now(), f.period_id, 2046, '82720452039000" + a[0] + "0', '"
                    + a[2].replace("'", "''") + "', DATE '1990-03-12', 'F', 'S-1 Hukum', 3.2, 'IMPORT', '" + a[3]
                    + "' FROM formation f JOIN selection_period p ON p.id = f.period_id" + " WHERE p.code = '" + PERIOD
                    + "' AND f.code = '" + a[1] + "'");
        }
        for (int revision = 1; revision <= 2; revision++) {
            s.execute("INSERT INTO administration_announcement (period_id, revision, published_at, published_by,"
                    + " objection_closes) SELECT id, " + revision + ", TIMESTAMPTZ '2046-04-06 01:00:00+00' + "
                    + revision + " * interval '5 days', 'supervisor', TIMESTAMPTZ '2046-04-09 15:00:00+00'"
                    + " FROM selection_period WHERE code = '" + PERIOD + "'");
            for (String[] a : applications) {
                String result = revision == 2 && a[0].equals("3") ? "MS" : a[3];
                s.execute("INSERT INTO administration_announcement_entry (announcement_id, registration_number,"
                        + " full_name, result) SELECT x.id, '" + PERIOD + "-" + a[0] + "', '" + a[2].replace("'", "''")
                        + "', '" + result + "' FROM administration_announcement x" + " WHERE x.revision = " + revision);
            }
        }
    }

    /** The public verification's computation: the chain recomputed in Java against the published head. */
    private static AnnouncementChain.ChainCheck verify(Statement s, long id) throws SQLException {
        AnnouncementChain.Head head;
        try (ResultSet rs = s.executeQuery("SELECT entry_count, head_hash FROM announcement WHERE id = " + id)) {
            rs.next();
            head = new AnnouncementChain.Head(rs.getInt(1), rs.getString(2));
        }
        List<AnnouncementChain.Link> links = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT seq, registration_number, full_name, formation_code, code,"
                + " previous_hash, entry_hash FROM announcement_entry WHERE announcement_id = " + id
                + " ORDER BY seq")) {
            while (rs.next()) {
                links.add(new AnnouncementChain.Link(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return AnnouncementChain.check(links.iterator(), head);
    }

    private static List<String> codes(Statement s, long id) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT registration_number || ':' || code FROM announcement_entry"
                + " WHERE announcement_id = " + id + " ORDER BY seq")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }
}
