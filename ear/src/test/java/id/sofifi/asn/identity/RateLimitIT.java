package id.sofifi.asn.identity;

import static id.sofifi.asn.identity.ApiClients.url;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.NativeSql;
import id.sofifi.asn.system.FacesForm;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, trust under attack: the rate limits per token, per address on public endpoints and screens and on the
 * login form (429 with Retry-After), and the public chain check answered from its last result while the chain is
 * unchanged. Runs inside the server, so it can lower the limits there (system properties) for its own calls only: a
 * changed limit counts in buckets of its own, so the rest of the suite never meets these low limits.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(RateLimitIT.class, ApiClients.class));
    }

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Runs {@code work} with the limit {@code name} at {@code burst} and one request per 100 s, then restores it. */
    private static void withLimit(String name, int burst, ThrowingRunnable work) throws Exception {
        String burstKey = "asn.rateLimit." + name + ".burst";
        String rateKey = "asn.rateLimit." + name + ".perSecond";
        System.setProperty(burstKey, String.valueOf(burst));
        System.setProperty(rateKey, "0.01");
        try {
            work.run();
        } finally {
            System.clearProperty(burstKey);
            System.clearProperty(rateKey);
        }
    }

    private static void assertTooMany(HttpResponse<String> response, String contentType) {
        assertEquals(429, response.statusCode(), response.body());
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After " + retryAfter);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                response.headers().toString());
    }

    @Test
    @DisplayName("Issue 13: a client token over its limit gets 429 problem+json with Retry-After; other tokens go on")
    void perToken() throws Exception {
        long client = ApiClients.create(unique("Dinas Cepat"), "\"RECRUITMENT\"");
        String secret = ApiClients.issue(client).getString("secret");
        withLimit("token", 3, () -> {
            for (int i = 1; i <= 3; i++) {
                assertEquals(200, send("GET", url("/api/v1/periods"), secret, null).statusCode(), "call " + i);
            }
            HttpResponse<String> refused = send("GET", url("/api/v1/periods"), secret, null);
            assertTooMany(refused, "application/problem+json");
            assertEquals(429, object(refused).getInt("status"));
            assertTrue(object(refused).getString("detail").contains("detik"), refused.body());
            assertEquals(200, send("GET", url("/api/v1/periods"), ADMIN_TOKEN, null).statusCode(),
                    "each token has its own bucket");
        });
    }

    @Test
    @DisplayName("Issue 13: one address over the public limit gets 429 on the API and an Indonesian page on screens")
    void perAddress() throws Exception {
        long announcement = anyPublishedAnnouncement();
        withLimit("public", 2, () -> {
            for (int i = 1; i <= 2; i++) {
                assertEquals(200,
                        send("GET", url("/api/v1/announcements/" + announcement + "/verification"), null, null)
                                .statusCode(),
                        "call " + i);
            }
            assertTooMany(send("GET", url("/api/v1/announcements/" + announcement + "/verification"), null, null),
                    "application/problem+json");
            assertTooMany(send("POST", url("/api/v1/complaints"), null, "{}"), "application/problem+json");
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url("/hasil-seleksi/cek-rantai.xhtml?id=" + announcement)))
                            .header("Accept-Language", "id").build(), HttpResponse.BodyHandlers.ofString());
            assertTooMany(page, "text/html");
            assertTrue(page.body().contains("Terlalu banyak permintaan"), page.body());
            // reading a public page without sending anything is never counted
            assertEquals(200,
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/lapor.xhtml"))).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
        });
    }

    @Test
    @DisplayName("Issue 13: login attempts from one address beyond the limit get 429 and the reason, before any check")
    void loginPerAddress() throws Exception {
        String username = unique("tidak-ada").toLowerCase(java.util.Locale.ROOT);
        withLimit("login", 2, () -> {
            for (int i = 1; i <= 2; i++) {
                HttpResponse<String> wrong = login(username);
                assertEquals(200, wrong.statusCode());
                assertTrue(wrong.body().contains("Nama pengguna atau kata sandi salah"), "attempt " + i);
            }
            HttpResponse<String> refused = login(username);
            assertTooMany(refused, "text/html");
            assertTrue(refused.body().contains("Terlalu banyak percobaan masuk dari alamat Anda"), refused.body());
        });
    }

    @Test
    @DisplayName("Issue 13: the chain check answers from its last result until the stored chain changes")
    void chainCheckCached() throws Exception {
        long announcement = anyPublishedAnnouncement();
        JsonObject first = verification(announcement);
        JsonObject second = verification(announcement);
        assertTrue(first.getBoolean("valid"), first.toString());
        assertEquals(first.getString("computedAt"), second.getString("computedAt"), "answered from the last check");
        // what the database's trigger does when a published entry is changed behind the application
        transaction.begin();
        em.joinTransaction();
        NativeSql.update(em, "INSERT INTO announcement_entry_change AS c (announcement_id, changes) VALUES (?1, 1)"
                + " ON CONFLICT (announcement_id) DO UPDATE SET changes = c.changes + 1", announcement);
        transaction.commit();
        JsonObject third = verification(announcement);
        assertNotEquals(first.getString("computedAt"), third.getString("computedAt"), "recomputed");
        assertTrue(third.getBoolean("valid"));
        assertEquals(first.getString("headHash"), third.getString("headHash"));
        assertEquals(third.getString("computedAt"), verification(announcement).getString("computedAt"));
    }

    private static JsonObject verification(long announcement) throws Exception {
        HttpResponse<String> checked = send("GET", url("/api/v1/announcements/" + announcement + "/verification"), null,
                null);
        assertEquals(200, checked.statusCode(), checked.body());
        return object(checked);
    }

    /** A published announcement of the demo's finished period. */
    private static long anyPublishedAnnouncement() throws Exception {
        HttpResponse<String> list = send("GET", url("/api/v1/announcements"), null, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray all = (JsonArray) SystemTest.json(list);
        assertTrue(!all.isEmpty(), "the demo publishes announcements");
        return all.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A staff login with a wrong password as a browser sends it: the page, then the form with its view state. */
    private static HttpResponse<String> login(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=salah-sekali&submit=Masuk"
                + FacesForm.hiddenFields(page).entrySet().stream()
                        .map(f -> "&" + f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining());
        return client.send(HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
