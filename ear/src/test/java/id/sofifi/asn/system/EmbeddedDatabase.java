package id.sofifi.asn.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A real PostgreSQL (binaries from Maven Central, no install) for the run command and the system
 * tests. Creates the application's role and database {@code asn}/{@code asn} on first start; the
 * superuser is {@code postgres}, trusted on the loopback interface only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "asn";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** What the cluster is for: the data a newcomer keeps, or a test's throwaway data. */
    public enum Mode {
        /**
         * {@code ./mvnw -Prun}: the cluster is reused and every acknowledged commit survives a crash. The
         * embedded library's test defaults ({@code fsync=off}, {@code synchronous_commit=off}) are turned on
         * again.
         */
        RUN(true, "on"),
        /** The system tests: an empty cluster each time, the fast settings (a crash loses nothing worth keeping). */
        TEST(false, "off");

        private final boolean keepData;
        private final String durability;

        Mode(boolean keepData, String durability) {
            this.keepData = keepData;
            this.durability = durability;
        }
    }

    /** Starts PostgreSQL on {@code port} with its data in {@code dataDir}, as {@code mode} needs it. */
    public static EmbeddedDatabase start(int port, Path binariesDir, Path dataDir, Mode mode)
            throws IOException, SQLException {
        Files.createDirectories(binariesDir);
        Files.createDirectories(dataDir.getParent());
        stopLeftover(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(binariesDir.toFile())
                .setDataDirectory(dataDir).setCleanDataDirectory(!mode.keepData).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost").setServerConfig("fsync", mode.durability)
                .setServerConfig("synchronous_commit", mode.durability).start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.ensureApplicationDatabase();
        return database;
    }

    /**
     * The superuser's connection to the application database, for tests that must act behind the application's
     * back.
     */
    public static Connection superuser(int port) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, "postgres",
                "");
    }

    private void ensureApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = 'asn'")) {
                s.execute("CREATE ROLE asn LOGIN PASSWORD 'asn'");
            }
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = 'asn'")) {
                s.execute("CREATE DATABASE asn OWNER asn ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    /**
     * A PostgreSQL left running by a killed JVM keeps its pid file; stop it (smart shutdown) so that
     * this start can take the data directory over.
     */
    private static void stopLeftover(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(leftover -> {
            LOG.warning("Stopping PostgreSQL left running from an earlier run (pid " + pid + ")");
            leftover.destroy();
            leftover.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
