package id.sofifi.asn.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What {@code ./mvnw -Prun} runs: PostgreSQL (embedded, data in ./data/postgres, unless ASN_DB_URL
 * points elsewhere), then the provisioned WildFly with its own base directory in ./data/server and
 * the freshly built EAR deployed. Ctrl-C stops WildFly, then PostgreSQL; the data stays. With
 * {@code -Dasn.cluster=true} (issue 14) two nodes of one cluster on that PostgreSQL: node A on 8080 (./data/server),
 * node B on 8180 (./data/server-b, port offset 100), sessions shared between them.
 */
public final class DevServer {
    static final int DB_PORT = 15432;
    /** Node B's port offset under {@code -Dasn.cluster=true}: HTTP on 8180, management 10090, JGroups 7700. */
    private static final int SECOND_NODE_OFFSET = 100;
    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path serverHome = Path.of(System.getProperty("asn.server.dir"));
        Path ear = Path.of(System.getProperty("asn.ear.file"));
        Path data = Path.of(System.getProperty("asn.data.dir")).toAbsolutePath().normalize();

        EmbeddedDatabase database = System.getenv("ASN_DB_URL") == null
                ? EmbeddedDatabase.start(DB_PORT, data.resolve("pg-bin"), data.resolve("postgres"),
                        EmbeddedDatabase.Mode.RUN)
                : null;
        Path base = ServerProcess.prepareBaseDir(serverHome, data.resolve("server"), ear);
        // the NIK keys (ASN-RULES §6) stay in the data directory, next to the database they open, unless set elsewhere
        Map<String, String> environment = new HashMap<>(System.getenv("ASN_NIK_KEY_FILE") == null
                ? Map.of("ASN_NIK_KEY_FILE", data.resolve("nik-keys.properties").toString())
                : Map.of());
        boolean cluster = Boolean.getBoolean("asn.cluster");
        if (cluster) {
            environment.putAll(Map.of("ASN_CLUSTER_NAME", "asn-run-cluster", "ASN_CLUSTER_MEMBER_A_PORT", "7600",
                    "ASN_CLUSTER_MEMBER_B_PORT", String.valueOf(7600 + SECOND_NODE_OFFSET)));
        }
        ServerProcess wildfly = ServerProcess.start(serverHome, base, node(environment, "node-a", 0), null);
        ServerProcess second = cluster
                ? ServerProcess.start(serverHome,
                        ServerProcess.prepareBaseDir(serverHome, data.resolve("server-b"), ear),
                        node(environment, "node-b", SECOND_NODE_OFFSET), null)
                : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, second, database), "asn-shutdown"));

        if (wildfly.waitUntilServing(URI.create("http://localhost:8080/")) && (second == null
                || second.waitUntilServing(URI.create("http://localhost:" + (8080 + SECOND_NODE_OFFSET) + "/")))) {
            printBanner(database, data, Duration.ofNanos(System.nanoTime() - started));
            if (second != null) {
                LOG.info("   Node B       http://localhost:" + (8080 + SECOND_NODE_OFFSET)
                        + "/   (same database, same sessions)");
            }
        }
        int exit = wildfly.waitFor();
        LOG.info("WildFly exited with " + exit);
    }

    /** One node's environment: its node name and port offset beside what every node shares. */
    private static Map<String, String> node(Map<String, String> shared, String name, int offset) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("JAVA_OPTS", "-Xms1g -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.node.name=" + name
                + " -Djboss.socket.binding.port-offset=" + offset);
        return environment;
    }

    private static void printBanner(EmbeddedDatabase database, Path data, Duration startup) {
        String db = database == null
                ? System.getenv("ASN_DB_URL")
                : "embedded PostgreSQL on port " + DB_PORT + ", data in " + data;
        LOG.info(String.join(System.lineSeparator(), "",
                "==================================================================",
                " ASN Sofifi is running (started in " + startup.toSeconds() + " s)",
                "   Portal       http://localhost:8080/",
                "   Staff login  http://localhost:8080/login.xhtml   (admin / admin123)",
                "   API          http://localhost:8080/api/v1/periods", "   OpenAPI      http://localhost:8080/openapi",
                "   Health       http://localhost:9990/health", "   Database     " + db,
                " Press Ctrl-C to stop; data is kept for the next run.",
                "=================================================================="));
    }

    private static void stop(ServerProcess wildfly, ServerProcess second, EmbeddedDatabase database) {
        try {
            wildfly.close();
            if (second != null) {
                second.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
