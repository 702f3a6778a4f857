package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces form sent as a browser sends it, without a browser: the page is fetched for its view state, then the form
 * posted with its fields. For forms whose components do not prefix their ids ({@code prependId="false"}).
 */
public final class FacesForm {
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode refuses a post back without the nonce of the page it came from. */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");

    private FacesForm() {
    }

    /**
     * Opens {@code page} in the client's session and posts form {@code formId} back to it with {@code fields} (the
     * pressed button among them); answers the page the post ended on, redirects followed as the client does.
     */
    public static HttpResponse<String> submit(HttpClient client, String page, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        String opened = client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + page)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putAll(hiddenFields(opened));
        String form = formId + "=" + formId + "&"
                + all.entrySet().stream()
                        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden fields a browser posts back with a form of {@code html}: the view state and the CSP nonce. */
    public static Map<String, String> hiddenFields(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        assertTrue(state.find(), "the page has a view state: " + html);
        Matcher nonce = NONCE.matcher(html);
        assertTrue(nonce.find(), "the page has its CSP nonce: " + html);
        return Map.of("jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce.group(1));
    }
}
