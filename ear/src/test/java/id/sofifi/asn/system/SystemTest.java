package id.sofifi.asn.system;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every system test shares: the EAR the build produced, where the test server listens, the
 * documented demo tokens, and a small HTTP client.
 */
public final class SystemTest {
    public static final int DB_PORT = Integer.getInteger("asn.test.db.port", 15433);
    public static final String BASE_URL = System.getProperty("asn.test.base.url", "http://localhost:8180");
    public static final String MANAGEMENT_URL = "http://localhost:"
            + Integer.getInteger("asn.test.management.port", 10090);
    /** Seeded demo tokens, as README.md documents them. */
    public static final String ADMIN_TOKEN = "demo-admin-token-asn-sofifi";

    public static final String AGENCY_TOKEN = "demo-agency-token-bkn";
    public static final String SUPERVISOR_TOKEN = "demo-supervisor-token-asn-sofifi";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SystemTest() {
    }

    /** The EAR exactly as {@code ./mvnw package} built it. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("asn.ear.file")));
    }

    /**
     * The built EAR plus a web module holding in-container tests: Arquillian runs them inside the
     * deployed application, next to the real use cases and persistence unit.
     */
    public static EnterpriseArchive earWithTests(WebArchive tests) {
        EnterpriseArchive ear = ear();
        String applicationXml = new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
                StandardCharsets.UTF_8);
        String module = "<module><web><web-uri>" + tests.getName()
                + "</web-uri><context-root>/system-tests</context-root>" + "</web></module></application>";
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>", module)));
        tests.addClasses(SystemTest.class, AsAdministrator.class, NoAuthentication.class, NativeSql.class,
                FacesForm.class).addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code nobody has used yet, so that tests sharing one database never collide. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    public static HttpResponse<String> send(String method, String url, String token, String json) throws IOException {
        return send(method, url, token, json, "id");
    }

    public static HttpResponse<String> send(String method, String url, String token, String json, String language)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE_URL + url))
                .header("Accept", "application/json").header("Accept-Language", language).method(method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, token);
    }

    /** Posts a CSV body, as an agency's import client would. */
    public static HttpResponse<String> sendCsv(String url, String token, byte[] csv) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE_URL + url))
                .header("Accept", "application/json").header("Accept-Language", "id").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        return exchange(request, token);
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request, String token) throws IOException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A NIK valid by ASN-RULES §1.1 for the birth date and sex, from a six-digit region and a serial. */
    public static String nik(String region, java.time.LocalDate birth, boolean female, int serial) {
        return region + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, serial);
    }

    /**
     * A test NIK as the tables keep it (ASN-RULES §6): hashed and sealed with the server's keys, read from the key file
     * ASN_NIK_KEY_FILE names (the server creates it on its first start), for fixtures that write NIKs by SQL.
     */
    public static SealedNik sealedNik(String region, java.time.LocalDate birth, boolean female, int serial) {
        return SealedNik.of(new Nik(nik(region, birth, female, serial)));
    }

    /** Binds a NIK as {@link SealedNik#COLUMNS} (hash, sealed, key id) from parameter {@code first} on. */
    public static void bindNik(java.sql.PreparedStatement statement, int first, String nik)
            throws java.sql.SQLException {
        SealedNik sealed = SealedNik.of(new Nik(nik));
        statement.setString(first, sealed.hash());
        statement.setString(first + 1, sealed.sealed());
        statement.setString(first + 2, sealed.keyId());
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    /** A finished import job's row errors as "line:field" → message. */
    public static java.util.Map<String, String> rowErrors(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"),
                        e -> e.getString("message"), (a, b) -> a + "; " + b, java.util.LinkedHashMap::new));
    }

    /**
     * Answers 202 with a job's Location, then polls it until it has ended (60 s at most) and answers its last
     * state.
     */
    public static JsonObject awaitJob(HttpResponse<String> accepted, String token)
            throws IOException, InterruptedException {
        if (accepted.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        if (!location.endsWith("/api/v1/jobs/" + object(accepted).getJsonNumber("jobId").longValue())) {
            throw new AssertionError("Location " + location + " does not name the job of " + accepted.body());
        }
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> polled = send("GET", location, token, null);
            JsonObject job = object(polled);
            if (polled.statusCode() != 200) {
                throw new AssertionError(polled.body());
            }
            if (!List.of("STARTING", "STARTED").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job did not finish in 60 s");
    }

    /**
     * Waits inside the server until a batch job execution has ended (60 s at most) and answers its status: for tests
     * that start, stop and restart jobs through the job operator.
     */
    public static BatchStatus awaitEnd(JobOperator operator, long execution) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status.name())) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + execution + " did not end in 60 s");
    }
}
