package id.sofifi.asn.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What {@code ./mvnw -Prun} runs: PostgreSQL (embedded, data in ./data/postgres, unless ASN_DB_URL
 * points elsewhere), then the provisioned WildFly with its own base directory in ./data/server and
 * the freshly built EAR deployed. Ctrl-C stops WildFly, then PostgreSQL; the data stays.
 */
public final class DevServer {
    static final int DB_PORT = 15432;
    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path serverHome = Path.of(System.getProperty("asn.server.dir"));
        Path ear = Path.of(System.getProperty("asn.ear.file"));
        Path data = Path.of(System.getProperty("asn.data.dir")).toAbsolutePath().normalize();

        EmbeddedDatabase database = System.getenv("ASN_DB_URL") == null
                ? EmbeddedDatabase.start(DB_PORT, data.resolve("pg-bin"), data.resolve("postgres"), true)
                : null;
        Path base = prepareBaseDir(serverHome, data.resolve("server"), ear);
        Process wildfly = startWildFly(serverHome, base);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, database), "asn-shutdown"));

        if (waitUntilServing(wildfly)) {
            printBanner(database, data, Duration.ofNanos(System.nanoTime() - started));
        }
        int exit = wildfly.waitFor();
        LOG.info("WildFly exited with " + exit);
    }

    /** A server base directory of our own: configuration fresh from the build, logs and data kept. */
    private static Path prepareBaseDir(Path serverHome, Path base, Path ear) throws IOException {
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(serverHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.copy(ear, deployments.resolve("asn-sofifi.ear"));
        return base;
    }

    private static Process startWildFly(Path serverHome, Path base) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(serverHome.resolve("bin/standalone.sh").toString(), "-Djboss.server.base.dir=" + base));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // lets standalone.sh forward SIGTERM to the JVM, so stopping it stops WildFly cleanly
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        return builder.start();
    }

    private static boolean waitUntilServing(Process wildfly) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest portal = HttpRequest.newBuilder(URI.create("http://localhost:8080/"))
                .timeout(Duration.ofSeconds(10))
                .build();
        for (int i = 0; i < 300 && wildfly.isAlive(); i++) {
            try {
                if (http.send(portal, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private static void printBanner(EmbeddedDatabase database, Path data, Duration startup) {
        String db = database == null
                ? System.getenv("ASN_DB_URL")
                : "embedded PostgreSQL on port " + DB_PORT + ", data in " + data;
        LOG.info(String.join(
                System.lineSeparator(),
                "",
                "==================================================================",
                " ASN Sofifi is running (started in " + startup.toSeconds() + " s)",
                "   Portal       http://localhost:8080/",
                "   Staff login  http://localhost:8080/login.xhtml   (admin / admin123)",
                "   API          http://localhost:8080/api/v1/periods",
                "   OpenAPI      http://localhost:8080/openapi",
                "   Health       http://localhost:9990/health",
                "   Database     " + db,
                " Press Ctrl-C to stop; data is kept for the next run.",
                "=================================================================="));
    }

    private static void stop(Process wildfly, EmbeddedDatabase database) {
        try {
            if (wildfly.isAlive()) {
                wildfly.destroy();
                if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                    wildfly.destroyForcibly();
                }
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
