package id.sofifi.asn.identity;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.AGENCY_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.NativeSql;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * Issue 13, agency access that can be managed: clients with scopes and an expiry, tokens shown once, used within
 * their scopes, rotated with a grace, revoked and expired (401), their last use, and the audit of every act.
 */
@ExtendWith(ArquillianExtension.class)
class ApiClientIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(ApiClientIT.class, ApiClients.class));
    }

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", ApiClients.url(path), token, null);
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, object(response).getInt("status"));
    }

    @Test
    @DisplayName("Issue 13: bad input is refused naming each field, nothing is created; only administrators may")
    void badInputRefused() throws Exception {
        long before = count("SELECT COUNT(*) FROM api_client");
        HttpResponse<String> refused = send("POST", ApiClients.url("/api/v1/api-clients"), ADMIN_TOKEN,
                "{\"agencyName\":\" \",\"contactName\":\"Petugas\",\"contactEmail\":\"bukan-email\","
                        + "\"scopes\":[\"RECRUITMENT\",\"GAJI\"],\"expiresOn\":\"2020-01-01\"}");
        assertProblem(400, refused);
        Map<String, String> errors = object(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(List.of("agencyName", "contactEmail", "expiresOn", "scopes"),
                errors.keySet().stream().sorted().toList(), refused.body());
        assertTrue(errors.get("scopes").contains("GAJI"), errors.toString());
        assertTrue(errors.get("expiresOn").contains("setelah hari ini"), errors.toString());
        assertProblem(400,
                send("POST", ApiClients.url("/api/v1/api-clients"), ADMIN_TOKEN,
                        "{\"agencyName\":\"Instansi\",\"contactName\":\"Petugas\",\"contactEmail\":\"a@b.example\","
                                + "\"scopes\":[],\"expiresOn\":\"31-12-2030\"}"));
        assertEquals(before, count("SELECT COUNT(*) FROM api_client"));

        assertProblem(401, get("/api/v1/api-clients", null));
        assertProblem(403, get("/api/v1/api-clients", AGENCY_TOKEN));
        assertProblem(404, get("/api/v1/api-clients/999999999", ADMIN_TOKEN));
        assertProblem(400, get("/api/v1/api-clients/abc", ADMIN_TOKEN));
    }

    @Test
    @DisplayName("Issue 13: a token is shown once, stored as SHA-256, works within its scopes and is 403 outside them")
    void tokenOnceAndScopes() throws Exception {
        String agency = unique("Dinas Uji");
        long client = ApiClients.create(agency, "\"RECRUITMENT\",\"WORKFORCE\"");
        JsonObject issued = ApiClients.issue(client);
        String secret = issued.getString("secret");
        assertTrue(secret.startsWith("asn_") && secret.length() == 47, secret);
        assertTrue(secret.startsWith(issued.getJsonObject("token").getString("hint")));

        String stored = (String) em.createNativeQuery("SELECT token_hash FROM api_token WHERE client_id = ?1")
                .setParameter(1, client).getSingleResult();
        assertEquals(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))), stored);
        HttpResponse<String> read = get("/api/v1/api-clients/" + client, ADMIN_TOKEN);
        assertEquals(200, read.statusCode());
        assertFalse(read.body().contains(secret), "never shown again");
        HttpResponse<String> listed = get("/api/v1/api-clients?q=" + agency.replace(" ", "%20"), ADMIN_TOKEN);
        assertEquals(1, object(listed).getInt("total"), listed.body());

        assertEquals(200, get("/api/v1/periods", secret).statusCode(), "recruitment is in scope");
        assertEquals(200, get("/api/v1/work-units", secret).statusCode());
        assertProblem(403, get("/api/v1/service-units", secret));
        assertProblem(403, get("/api/v1/complaint-statistics", secret));
        assertProblem(403, get("/api/v1/api-clients", secret));
        // the demo agency token of the README holds every scope
        assertEquals(200, get("/api/v1/service-units", AGENCY_TOKEN).statusCode());
        assertEquals(200, get("/api/v1/periods", AGENCY_TOKEN).statusCode());
    }

    @Test
    @DisplayName("Issue 13: last use is recorded, but written at most once a minute however many calls a token makes")
    void lastUse() throws Exception {
        long client = ApiClients.create(unique("Badan Uji"), "\"RECRUITMENT\"");
        JsonObject issued = ApiClients.issue(client);
        String secret = issued.getString("secret");
        long tokenId = issued.getJsonObject("token").getJsonNumber("id").longValue();
        assertFalse(issued.getJsonObject("token").containsKey("lastUsedAt"), "not used yet (nulls are left out)");
        assertEquals(200, get("/api/v1/periods", secret).statusCode());
        String first = lastUsed(tokenId);
        assertNotNull(first);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get("/api/v1/periods", secret).statusCode());
        }
        assertEquals(first, lastUsed(tokenId), "no write per request");
        JsonObject read = object(get("/api/v1/api-clients/" + client, ADMIN_TOKEN));
        assertNotNull(read.getString("lastUsedAt"));
        assertNotNull(Instant.parse(read.getJsonArray("tokens").getJsonObject(0).getString("lastUsedAt")));
    }

    @Test
    @DisplayName("Issue 13: rotation keeps the old token for 24 hours, revocation refuses it at once (401), audited")
    void rotateAndRevoke() throws Exception {
        long client = ApiClients.create(unique("Kantor Uji"), "\"RECRUITMENT\"");
        JsonObject first = ApiClients.issue(client);
        String old = first.getString("secret");
        long oldId = first.getJsonObject("token").getJsonNumber("id").longValue();
        JsonObject second = ApiClients.issue(client);
        String fresh = second.getString("secret");
        assertNotEquals(old, fresh);
        assertEquals(200, get("/api/v1/periods", old).statusCode(), "the replaced token works during the grace");
        assertEquals(200, get("/api/v1/periods", fresh).statusCode());
        JsonObject oldView = object(get("/api/v1/api-clients/" + client, ADMIN_TOKEN)).getJsonArray("tokens")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getJsonNumber("id").longValue() == oldId)
                .findFirst().orElseThrow();
        assertEquals("GRACE", oldView.getString("status"));
        Duration grace = Duration.between(Instant.now(), Instant.parse(oldView.getString("expiresAt")));
        assertTrue(grace.compareTo(Duration.ofHours(23)) > 0 && grace.compareTo(Duration.ofHours(25)) < 0,
                grace.toString());

        HttpResponse<String> revoked = send("DELETE",
                ApiClients.url("/api/v1/api-clients/" + client + "/tokens/" + oldId), ADMIN_TOKEN, null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", object(revoked).getString("status"));
        assertProblem(401, get("/api/v1/periods", old));
        assertEquals(200, get("/api/v1/periods", fresh).statusCode(), "the other token is untouched");
        assertProblem(404, send("DELETE", ApiClients.url("/api/v1/api-clients/" + client + "/tokens/999999999"),
                ADMIN_TOKEN, null));

        List<String> actions = em.createNativeQuery(
                "SELECT action FROM audit_event WHERE subject_type = 'ApiClient' AND subject_key = ?1 ORDER BY seq")
                .setParameter(1, String.valueOf(client)).getResultList().stream().map(String::valueOf).toList();
        assertEquals(List.of("apiClient.created", "apiToken.issued", "apiToken.rotated", "apiToken.revoked"), actions);
        Number leaked = (Number) em
                .createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE summary LIKE ?1 OR summary LIKE ?2")
                .setParameter(1, "%" + old + "%").setParameter(2, "%" + fresh + "%").getSingleResult();
        assertEquals(0, leaked.intValue(), "no audit text carries a token");
    }

    @Test
    @DisplayName("Issue 13: a token of a client past its expiry date is refused with 401 problem+json")
    void expiredClient() throws Exception {
        long client = ApiClients.create(unique("Lembaga Uji"), "\"RECRUITMENT\"");
        String secret = ApiClients.issue(client).getString("secret");
        assertEquals(200, get("/api/v1/periods", secret).statusCode());
        transaction.begin();
        em.joinTransaction();
        NativeSql.update(em, "UPDATE api_client SET expires_on = ?1 WHERE id = ?2", ApiClients.TODAY.minusDays(1),
                client);
        transaction.commit();
        assertProblem(401, get("/api/v1/periods", secret));
        assertEquals("EXPIRED", object(get("/api/v1/api-clients/" + client, ADMIN_TOKEN)).getJsonArray("tokens")
                .getJsonObject(0).getString("status"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The stored last use as the database prints it, or null. */
    private String lastUsed(long tokenId) {
        Object value = em.createNativeQuery("SELECT CAST(last_used_at AS text) FROM api_token WHERE id = ?1")
                .setParameter(1, tokenId).getSingleResult();
        return value == null ? null : value.toString();
    }
}
