package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in on the login page as a browser would (form post with the view state), whose session cookie then
 * carries their API calls: how citizens and employees use the API from the browser.
 */
public final class FormLogin {
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;

    private FormLogin(HttpClient client) {
        this.client = client;
    }

    /** Signs in on {@code /login.xhtml}; asserts the landing page's path ends with {@code landing}. */
    public static FormLogin signIn(String username, String password, String landing)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the login page has a view state");
        String form = "login=login&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&submit=Masuk&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> landed = client
                .send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(landed.uri().getPath().endsWith(landing), landed.uri() + ": " + landed.body());
        return new FormLogin(client);
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
