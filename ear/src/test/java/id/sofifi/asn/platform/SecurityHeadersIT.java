package id.sofifi.asn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.FormLogin;
import id.sofifi.asn.system.SystemTest;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer carries the browser-side protections (issue 13): one Content-Security-Policy without inline
 * script, no framing, no sniffing, a referrer policy, no camera/microphone/location, no server banner, and cookies
 * scripts cannot read nor other sites send.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 13: a public page carries the headers; PrimeFaces' nonce policy is the only one")
    void publicPage() throws Exception {
        HttpResponse<String> page = get("/lapor.xhtml");
        assertEquals(200, page.statusCode());
        assertProtected(page, "public page");
        assertTrue(policy(page).matches(".*script-src 'self' 'nonce-[^']+';"), policy(page));
        for (String reading : List.of("/", "/hasil-seleksi.xhtml", "/lapor/dasbor.xhtml", "/ikm.xhtml")) {
            HttpResponse<String> read = get(reading);
            assertEquals(200, read.statusCode(), reading);
            assertEquals(List.of(), read.headers().allValues("Set-Cookie"),
                    reading + ": a page only read opens no session");
        }
    }

    @Test
    @DisplayName("Issue 13: a staff screen carries the headers, its scripts only by nonce")
    void staffPage() throws Exception {
        HttpResponse<String> page = FormLogin.signIn("admin", "admin123", "/staff/index.xhtml")
                .get("/staff/admin/periods.xhtml");
        assertEquals(200, page.statusCode());
        assertProtected(page, "staff page");
        String nonce = policy(page).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the nonce");
        assertFalse(Pattern.compile("<[^>]+\\son(click|change|complete)=").matcher(page.body()).find(),
                "no inline event handler is left in the markup");
    }

    @Test
    @DisplayName("Issue 13: an API answer and a problem+json error carry the headers")
    void apiAnswers() throws Exception {
        HttpResponse<String> periods = SystemTest.send("GET", "/api/v1/periods", null, null);
        assertEquals(200, periods.statusCode());
        assertProtected(periods, "API answer");
        HttpResponse<String> missing = SystemTest.send("GET", "/api/v1/periods/TIDAK-ADA-13", null, null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertProtected(missing, "problem+json error");
    }

    @Test
    @DisplayName("Issue 13: a static resource carries the headers and the policy without a nonce")
    void staticResource() throws Exception {
        HttpResponse<String> css = get("/jakarta.faces.resource/portal.css.xhtml?ln=asn");
        assertEquals(200, css.statusCode());
        assertProtected(css, "stylesheet");
        assertTrue(policy(css).endsWith("script-src 'self';"), policy(css));
    }

    @Test
    @DisplayName("Issue 13: the session and language cookies are HttpOnly and SameSite=Lax (Secure only over TLS)")
    void cookies() throws Exception {
        String session = cookie(get("/login.xhtml"), "JSESSIONID");
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
        assertFalse(session.contains("Secure"), "plain HTTP: a Secure cookie would never come back: " + session);
        String language = cookie(get("/lapor.xhtml?lang=en"), "lang");
        assertTrue(language.contains("HttpOnly") && language.contains("SameSite=Lax"), language);
    }

    @Test
    @DisplayName("Issue 13: over TLS the answer adds HSTS and the session cookie is Secure as well")
    void overTls() throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build();
        int port = 8443 + Integer.getInteger("asn.test.port.offset", 100);
        HttpResponse<String> page = tls.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("max-age=63072000; includeSubDomains", header(page, "Strict-Transport-Security"));
        String session = cookie(page, "JSESSIONID");
        assertTrue(session.toLowerCase(Locale.ROOT).contains("; secure") && session.contains("HttpOnly")
                && session.contains("SameSite=Lax"), session);
    }

    /** The test server's certificate is the self-signed one WildFly makes on first use: whom it names is not tested. */
    private static SSLContext trustingAnyCertificate() throws Exception {
        X509ExtendedTrustManager any = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{any}, null);
        return context;
    }

    private static void assertProtected(HttpResponse<?> response, String what) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy, " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'", "script-src 'self'")) {
            assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
        }
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), what + ": " + policy);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
        assertEquals("DENY", header(response, "X-Frame-Options"), what);
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), what);
        String permissions = header(response, "Permissions-Policy");
        assertTrue(permissions.contains("camera=()") && permissions.contains("microphone=()")
                && permissions.contains("geolocation=()"), what + ": " + permissions);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), what + ": HSTS over HTTP");
        assertTrue(response.headers().firstValue("Server").isEmpty(), what + ": no Server banner");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), what + ": no X-Powered-By banner");
    }

    private static String policy(HttpResponse<?> response) {
        return header(response, "Content-Security-Policy");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(missing " + name + ")");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
