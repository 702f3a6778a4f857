package id.sofifi.asn.identity;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/** Agency clients and their tokens made over the API as an administrator, for the identity tests. */
final class ApiClients {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));

    private ApiClients() {
    }

    /**
     * The address of a path on the server under test, from inside it too: the server's JVM does not get the test
     * run's {@code asn.test.base.url}, but knows its own port offset.
     */
    static String url(String path) {
        String base = System.getProperty("asn.test.base.url");
        return (base != null
                ? base
                : "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))) + path;
    }

    /** A new client with the given scopes (a JSON array's items, e.g. {@code "\"RECRUITMENT\""}); answers its id. */
    static long create(String agency, String scopes) throws IOException {
        HttpResponse<String> created = send("POST", url("/api/v1/api-clients"), ADMIN_TOKEN,
                ("{\"agencyName\":\"%s\",\"contactName\":\"Petugas Integrasi\",\"contactEmail\":\"integrasi@%s.example\","
                        + "\"scopes\":[%s],\"expiresOn\":\"%s\"}")
                        .formatted(agency, "uji", scopes, TODAY.plusDays(30)));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    /** Issues (or rotates) the client's token; answers the whole answer, which holds the secret once. */
    static JsonObject issue(long clientId) throws IOException {
        HttpResponse<String> issued = send("POST", url("/api/v1/api-clients/" + clientId + "/tokens"), ADMIN_TOKEN,
                null);
        assertEquals(201, issued.statusCode(), issued.body());
        return object(issued);
    }
}
