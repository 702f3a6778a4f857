package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The run mode keeps a newcomer's data: PostgreSQL started as {@code ./mvnw -Prun} starts it loses no
 * acknowledged commit when its postmaster is killed outright (defect: it ran with the embedded library's
 * test defaults, fsync and synchronous_commit off).
 */
class RunModeDurabilityIT {
    private static final Logger LOG = Logger.getLogger(RunModeDurabilityIT.class.getName());
    private static final int ROWS = 2000;

    @Test
    @DisplayName("Run mode: fsync and synchronous_commit on; every committed row survives SIGKILL of the postmaster")
    void committedRowsSurviveAKill() throws Exception {
        Path work = Path.of(System.getProperty("asn.test.work.dir", "target/system-test"));
        Path binaries = work.resolve("pg-bin");
        Path data = Files.createTempDirectory(Files.createDirectories(work), "run-mode-pg-");
        int port = Integer.getInteger("asn.test.durability.db.port", SystemTest.DB_PORT + 1);

        EmbeddedDatabase first = EmbeddedDatabase.start(port, binaries, data.resolve("postgres"),
                EmbeddedDatabase.Mode.RUN);
        try (Connection c = application(port)) {
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            insertCommittedOneByOne(c);
        }
        long killed = killPostmaster(data.resolve("postgres"));
        closeQuietly(first);

        long restarted = System.nanoTime();
        try (EmbeddedDatabase second = EmbeddedDatabase.start(port, binaries, data.resolve("postgres"),
                EmbeddedDatabase.Mode.RUN);
                Connection c = application(port);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT n), min(n), max(n) FROM acknowledged")) {
            rs.next();
            long found = rs.getLong(1);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
            LOG.info(() -> "postmaster " + killed + " killed after " + ROWS + " acknowledged commits; restarted in "
                    + millis + " ms, rows found: " + found);
            assertEquals(ROWS, rs.getLong(1), "every acknowledged row is there");
            assertEquals(ROWS, rs.getLong(2));
            assertEquals(1, rs.getLong(3));
            assertEquals(ROWS, rs.getLong(4));
        }
    }

    /** Each row its own transaction, each acknowledged by the server before the next. */
    private static void insertCommittedOneByOne(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acknowledged (n integer PRIMARY KEY, payload text NOT NULL)");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged VALUES (?, repeat('x', 200))")) {
            for (int n = 1; n <= ROWS; n++) {
                insert.setInt(1, n);
                insert.executeUpdate();
            }
        }
    }

    /** SIGKILL to the postmaster named in its pid file: no shutdown checkpoint, recovery from the WAL only. */
    private static long killPostmaster(Path dataDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        assertFalse(postmaster.info().command().orElse("postgres").contains("java"));
        postmaster.destroyForcibly();
        postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        return pid;
    }

    /** The killed cluster's handle only releases its lock; stopping it fails, as nothing runs. */
    private static void closeQuietly(EmbeddedDatabase killed) {
        try {
            killed.close();
        } catch (IOException | RuntimeException expected) {
            LOG.info("closing the killed cluster: " + expected.getMessage());
        }
    }

    private static Connection application(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
                "asn", "asn");
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
