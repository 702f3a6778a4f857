package id.sofifi.asn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, hostile input: every request of {@code hostile/requests.json} that is the client's fault is a 4xx
 * {@code application/problem+json} naming the field (or the CSV row), never a 5xx, never a stack trace or a class
 * name, and — where the entry names a resource that would have been created — nothing stored. Requests the
 * container itself refuses (a NUL in a header, a head too large) are checked for status only: the application never
 * sees them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {
    private static final URI BASE = URI.create(SystemTest.BASE_URL);
    private static final Map<String, String> TOKENS = Map.of("admin", SystemTest.ADMIN_TOKEN, "agency",
            SystemTest.AGENCY_TOKEN);
    /** Java or server class names and stack frames: an answer holding one leaks the implementation. */
    private static final Pattern LEAK = Pattern
            .compile("Exception|\\tat |\\b(?:java|jakarta|org|io|id\\.sofifi)\\.[a-z]+\\.[a-zA-Z]");
    private static final Set<String> CONTEXTS = Set.of("recruitment", "selection", "workforce", "development",
            "performance", "servicequality", "oversight", "jobs", "audit");
    private static final int MINIMUM = 70;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    static List<HostileRequest> corpus() throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/requests.json");
                JsonReader reader = Json.createReader(in)) {
            JsonArray entries = reader.readArray();
            return IntStream.range(0, entries.size())
                    .mapToObj(i -> HostileRequest.of(entries.getJsonObject(i), i + 1, entries.size())).toList();
        }
    }

    static Stream<HostileRequest> requests() throws IOException {
        return corpus().stream();
    }

    @Test
    @DisplayName("The corpus holds at least 70 hostile requests and covers every context")
    void corpusSize() throws IOException {
        List<HostileRequest> corpus = corpus();
        Set<String> covered = new TreeSet<>();
        corpus.forEach(r -> covered.add(r.context()));
        assertTrue(corpus.size() >= MINIMUM, "corpus of " + corpus.size() + " requests, fewer than " + MINIMUM);
        assertTrue(covered.containsAll(CONTEXTS),
                "corpus of " + corpus.size() + " requests covers " + covered + ", not all of " + CONTEXTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void refused(HostileRequest request) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(BASE, request.head(BASE.getHost() + ":" + BASE.getPort(), TOKENS),
                request.body());
        String seen = answer.status() + " " + answer.header("content-type") + " " + answer.body();
        assertTrue(request.statuses().contains(answer.status()), request + ": " + seen);
        assertFalse(LEAK.matcher(answer.body()).find(), request + " leaks the implementation: " + seen);
        if (answer.status() >= 400 && !request.container()) {
            assertTrue(answer.header("content-type").startsWith("application/problem+json"), request + ": " + seen);
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(answer.status(), problem.getInt("status"), seen);
            named(request, problem, seen);
        }
        if (request.absent() != null) {
            RawHttp.Answer after = RawHttp.exchange(BASE,
                    ("GET " + request.absent() + " HTTP/1.1\r\nHost: " + BASE.getHost() + ":" + BASE.getPort()
                            + "\r\nConnection: close\r\nAccept: application/json\r\n" + "Authorization: Bearer "
                            + SystemTest.ADMIN_TOKEN + "\r\n").getBytes(StandardCharsets.UTF_8),
                    new byte[0]);
            assertEquals(404, after.status(), request + " stored something: " + after.body());
        }
    }

    private static void named(HostileRequest request, JsonObject problem, String seen) {
        if (request.field() == null && request.row() == null) {
            return;
        }
        List<JsonObject> errors = problem.containsKey("errors")
                ? problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                : List.of();
        boolean named = errors.stream()
                .anyMatch(e -> (request.field() == null || request.field().equalsIgnoreCase(e.getString("field", "")))
                        && (request.row() == null || e.containsKey("row") && e.getInt("row") == request.row()));
        assertTrue(named,
                request + " does not name field " + request.field() + " / row " + request.row() + ": " + seen);
    }
}
