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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly run as a plain process with a base directory of its own and the built EAR in
 * its deployment scanner's directory: what {@code ./mvnw -Prun} runs, and what a test that must kill the
 * server outright (no Arquillian container survives that) starts and restarts itself.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process script;

    private ServerProcess(Process script) {
        this.script = script;
    }

    /** A server base directory of our own: configuration fresh from the build, logs and data kept. */
    public static Path prepareBaseDir(Path serverHome, Path base, Path ear) throws IOException {
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

    /**
     * Starts {@code standalone.sh} on {@code base}; {@code environment} adds to (or overrides) this JVM's,
     * {@code JAVA_OPTS} among them. Output goes to {@code output}, or to this process's when null.
     */
    public static ServerProcess start(Path serverHome, Path base, Map<String, String> environment, Path output)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                List.of(serverHome.resolve("bin/standalone.sh").toString(), "-Djboss.server.base.dir=" + base));
        if (output == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        }
        // lets standalone.sh forward SIGTERM to the JVM, so stopping it stops WildFly cleanly
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        // the run mode's heap (issue 14): 1 GiB, taken whole at start (-Xms = -Xmx), so that neither growing the heap
        // nor a collection that shrinks it costs time under load, and what fits is known from the first request: the
        // published entries answered from memory may take 256 MiB of it (a 1,000,000-entry announcement about 90 MiB,
        // AnnouncementLookup), the rest is the server's, the sessions' and the requests' as before.
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms1g -Xmx1g -Djava.net.preferIPv4Stack=true");
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start());
    }

    /** Waits until {@code page} answers 200 (five minutes at most); false if the server died or never did. */
    public boolean waitUntilServing(URI page) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 300 && script.isAlive(); i++) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    public boolean isAlive() { return script.isAlive(); }

    public int waitFor() throws InterruptedException {
        return script.waitFor();
    }

    /** SIGKILL to the server's JVM, as a crash or the OOM killer would: no shutdown hook, no clean stop. */
    public long kill() throws InterruptedException {
        ProcessHandle jvm = script.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no WildFly JVM under " + script.pid()));
        jvm.destroyForcibly();
        jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        script.waitFor(30, TimeUnit.SECONDS);
        return jvm.pid();
    }

    /** A clean stop (SIGTERM, forwarded to the JVM); forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (script.isAlive()) {
            script.destroy();
            if (!script.waitFor(60, TimeUnit.SECONDS)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        }
    }
}
