package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A person signed in on the login page as a browser would (form post with the view state), whose session cookie then
 * carries their API calls: how citizens and employees use the API from the browser.
 */
public final class FormLogin {
    private final HttpClient client;

    private FormLogin(HttpClient client) {
        this.client = client;
    }

    /** Signs in on {@code /login.xhtml}; asserts the landing page's path ends with {@code landing}. */
    public static FormLogin signIn(String username, String password, String landing)
            throws IOException, InterruptedException {
        return signInOn("/login.xhtml", username, password, landing);
    }

    /**
     * Signs in on the login page {@code page} (staff, employees and citizens on {@code /login.xhtml}, applicants with
     * their NIK on {@code /masuk.xhtml}); asserts the landing page's path ends with {@code landing}.
     */
    public static FormLogin signInOn(String page, String username, String password, String landing)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> landed = FacesForm.submit(client, page, "login",
                Map.of("username", username, "password", password, "submit", "Masuk"));
        assertTrue(landed.uri().getPath().endsWith(landing), landed.uri() + ": " + landed.body());
        return new FormLogin(client);
    }

    /** The HTTP client holding the session, for calls beyond JSON (CSV, raw bodies). */
    public HttpClient client() {
        return client;
    }

    /** A JSON call with this session ({@code json} null for none). */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Accept", "application/json").header("Accept-Language", "id").method(method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page fetched with this session. */
    public String page(String path) throws IOException, InterruptedException {
        return get(path).body();
    }

    /** A page fetched with this session, with its headers. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
