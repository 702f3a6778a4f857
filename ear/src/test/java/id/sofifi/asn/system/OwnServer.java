package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A server of a test's own, for what no Arquillian container survives: killing the server (SIGKILL) and starting it
 * again, or moving its database. The provisioned WildFly with the built EAR in a base directory under
 * {@code target/system-test/<name>}, on its own PostgreSQL and port offset ({@code asn.test.crash.*}), so it may run
 * beside the suite's server. Call it with {@link SystemTest#send} on {@link #BASE}.
 */
public final class OwnServer {
    public static final int OFFSET = Integer.getInteger("asn.test.crash.port.offset", 150);
    public static final int DB_PORT = Integer.getInteger("asn.test.crash.db.port", 15435);
    public static final String BASE = "http://localhost:" + (8080 + OFFSET);
    /** The port offset of a second node beside the first on the same database (system.TwoNodeIT). */
    public static final int SECOND_OFFSET = Integer.getInteger("asn.test.crash.second.port.offset", 170);
    private static final Logger LOG = Logger.getLogger(OwnServer.class.getName());

    private final Path serverHome = Path.of(System.getProperty("asn.server.dir"));
    private final Path work;
    private final Path base;
    private final String name;
    private final int offset;

    /** A fresh base directory (configuration and EAR from the build) under {@code name}. */
    public OwnServer(String name) throws IOException {
        this(name, OFFSET);
    }

    /**
     * A fresh base directory under {@code name} for a server on port offset {@code offset}; {@code name} is also its
     * node name (jboss.node.name), so that nodes of one cluster tell themselves apart.
     */
    public OwnServer(String name, int offset) throws IOException {
        this.name = name;
        this.offset = offset;
        work = Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir")).resolve(name));
        base = ServerProcess.prepareBaseDir(serverHome, work.resolve("server"),
                Path.of(System.getProperty("asn.ear.file")));
    }

    /** Where this server answers HTTP. */
    public String url() {
        return "http://localhost:" + (8080 + offset);
    }

    /** Its JGroups TCP port (7600 plus its offset), for the other nodes' member lists. */
    public int clusterPort() {
        return 7600 + offset;
    }

    public Path work() {
        return work;
    }

    /** A throwaway PostgreSQL in {@code work/pg-data} on {@link #DB_PORT}. */
    public EmbeddedDatabase emptyDatabase() throws IOException, SQLException {
        return EmbeddedDatabase.start(DB_PORT, work.getParent().resolve("pg-bin"), work.resolve("pg-data"),
                EmbeddedDatabase.Mode.TEST);
    }

    /** PostgreSQL on {@link #DB_PORT} over the data already in {@code dataDir} (a restored backup). */
    public EmbeddedDatabase database(Path dataDir) throws IOException, SQLException {
        return EmbeddedDatabase.start(DB_PORT, work.getParent().resolve("pg-bin"), dataDir, EmbeddedDatabase.Mode.RUN);
    }

    /** Starts WildFly and waits until it serves; {@code environment} adds to the suite's (ASN_DB_USER etc.). */
    public ServerProcess start(Map<String, String> environment) throws Exception {
        long started = System.nanoTime();
        Map<String, String> env = new java.util.HashMap<>(Map.of("JAVA_OPTS",
                "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=" + offset
                        + " -Djboss.node.name=" + name,
                "ASN_DB_URL", "jdbc:postgresql://localhost:" + DB_PORT + "/" + EmbeddedDatabase.DATABASE,
                "ASN_MAIL_ENABLED", "false"));
        env.putAll(environment);
        ServerProcess server = ServerProcess.start(serverHome, base, env, work.resolve("server.log"));
        assertTrue(server.waitUntilServing(URI.create(url() + "/")), "the test's own server did not start");
        LOG.info(() -> "own server " + name + " serving after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return server;
    }

    public ServerProcess start() throws Exception {
        return start(Map.of());
    }

    /** What a crash test waits for before it kills the server: the run has written part of its work. */
    public interface Progress {
        boolean reached() throws Exception;
    }

    /**
     * Kills {@code server} (SIGKILL) as soon as {@code progress} is reached, starts a new one on the same database
     * and answers it. Fails when the run never got that far within five minutes.
     */
    public ServerProcess killWhenAndStartAgain(ServerProcess server, Progress progress) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!progress.reached()) {
            assertTrue(System.nanoTime() < deadline, "the run never reached the point to kill it at");
            Thread.sleep(5);
        }
        long pid = server.kill();
        LOG.info(() -> "WildFly " + pid + " killed mid-run");
        return start();
    }

    /**
     * After a restart: the killed run shows as interrupted ({@code FAILED/INTERRUPTED}), is restarted through the API
     * and completes; answers the restarted execution's id.
     */
    public static long restartInterrupted(long killed) throws Exception {
        assertEquals("FAILED/INTERRUPTED", repositoryStatus(killed));
        HttpResponse<String> restart = SystemTest.send("POST", BASE + "/api/v1/jobs/" + killed + "/restart",
                SystemTest.ADMIN_TOKEN, null);
        long restarted = jobId(restart);
        JsonObject done = SystemTest.awaitJob(restart, SystemTest.ADMIN_TOKEN);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        return restarted;
    }

    /** The job a 202 answer started. */
    public static long jobId(HttpResponse<String> accepted) {
        assertEquals(202, accepted.statusCode(), accepted.body());
        return SystemTest.object(accepted).getJsonNumber("jobId").longValue();
    }

    /** The owner's connection to this server's database: fixtures and checks behind the server's back. */
    public static Connection connect() throws SQLException {
        return EmbeddedDatabase.owner(DB_PORT);
    }

    /**
     * Adds {@code count} work units coded {@code prefix1…} and named {@code name 1…} (those already there kept), so
     * that a job over every unit, such as the evaluation report, runs long enough to be interrupted mid-way.
     */
    public static void addWorkUnits(String prefix, String name, int count) throws SQLException {
        try (Connection c = connect();
                PreparedStatement units = c.prepareStatement("INSERT INTO work_unit (code, name) SELECT ? || g,"
                        + " ? || g FROM generate_series(1, ?) g ON CONFLICT (code) DO NOTHING")) {
            units.setString(1, prefix);
            units.setString(2, name + " ");
            units.setInt(3, count);
            units.executeUpdate();
        }
    }

    /** One number {@code sql} answers for its parameters. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Batch status (and exit status when set) as JBeret's job repository holds it. */
    public static String repositoryStatus(long execution) throws SQLException {
        try (Connection c = connect();
                PreparedStatement select = c.prepareStatement(
                        "SELECT batchstatus, exitstatus FROM job_execution WHERE jobexecutionid = ?")) {
            select.setLong(1, execution);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + "/" + rs.getString(2);
            }
        }
    }
}
