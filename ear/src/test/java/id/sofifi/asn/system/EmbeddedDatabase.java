package id.sofifi.asn.system;

import id.sofifi.asn.platform.application.ApplicationRole;
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
 * tests. Creates, when missing, the two roles and the database {@code asn}: the owner {@code asn}
 * (password {@code asn}; owns the database, runs the migrations) and the application role {@code asn_app}
 * (password {@code asn_app}; what the server's datasource signs in as, granted its rights on the tables by
 * {@code platform.application.ApplicationRole} after each migration). The superuser is {@code postgres},
 * trusted on the loopback interface only. A data directory made before the application role existed gets
 * it on its next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "asn";
    /** The owner: runs the migrations and owns the tables (and the database). */
    public static final String OWNER = "asn";
    /** What the server's datasource signs in as: no UPDATE, DELETE or TRUNCATE on {@code audit_event}. */
    public static final String APPLICATION = "asn_app";
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
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = 'asn_app'")) {
                s.execute("CREATE ROLE asn_app LOGIN PASSWORD 'asn_app'");
            }
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = 'asn'")) {
                s.execute("CREATE DATABASE asn OWNER asn ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        // the batch job repository creates its tables as the application role when the server first boots ...
        try (Connection c = superuser(postgres.getPort()); Statement s = c.createStatement()) {
            s.execute("GRANT USAGE, CREATE ON SCHEMA public TO asn_app");
            // ... which the owner reads and changes too (for migrations and the tests' fixtures): it holds the
            // application role's rights, never the other way round
            s.execute("GRANT asn_app TO asn");
        }
        // ... and reads those the owner made before the application role existed before the application deploys
        try (Connection c = owner(postgres.getPort())) {
            ApplicationRole.grant(c, APPLICATION);
        }
    }

    /** The owner's connection to the application database: fixtures and checks behind the server's back. */
    public static Connection owner(int port) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, OWNER,
                OWNER);
    }

    /** The application role's connection: what the server may do, and no more. */
    public static Connection application(int port) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, APPLICATION,
                APPLICATION);
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
