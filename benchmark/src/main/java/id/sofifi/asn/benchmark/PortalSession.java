package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One applicant's browser without the browser: its own cookies (the session, renewed at sign-in), pages fetched and
 * forms posted back with the hidden fields of the page they came from, redirects followed with a GET as a browser
 * does. The requests share the benchmark's one HTTP client, so many applicants reuse kept-alive connections. A final
 * answer other than 200 fails the step under its status.
 */
final class PortalSession {
    private static final int MAX_REDIRECTS = 5;

    private final Http http;
    private final Duration timeout;
    /** Cookie name to value; a double click posts from two threads. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    PortalSession(Http http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** Opens a path of the portal or a link it mailed. */
    FacesPage get(String pathOrLink) throws IOException, InterruptedException {
        return send(request(pathOrLink).GET());
    }

    /** Posts form {@code formId} of {@code page} back to it, url-encoded, with {@code fields} (the button among them). */
    FacesPage post(FacesPage page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
        String body = all(page, formId, fields).entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(page.path()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form of {@code page} back to it: {@code files} holds the parts already added, if any. */
    FacesPage post(FacesPage page, String formId, Map<String, String> fields, Multipart files)
            throws IOException, InterruptedException {
        all(page, formId, fields).forEach(files::field);
        return send(request(page.path()).header("Content-Type", files.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(files.bytes())));
    }

    private static Map<String, String> all(FacesPage page, String formId, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.putAll(page.hiddenFields());
        return all;
    }

    private FacesPage send(HttpRequest.Builder first) throws IOException, InterruptedException {
        HttpRequest request = withCookies(first).build();
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpResponse<String> response = http.page(request);
            keepCookies(response);
            int status = response.statusCode();
            if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                request = withCookies(request(response.headers().firstValue("Location").get()).GET()).build();
                continue;
            }
            if (status != 200) {
                throw new StepFailed("HTTP " + status + " " + request.uri().getPath());
            }
            return new FacesPage(request.uri().getPath(), response.body());
        }
        throw new StepFailed("redirected more than " + MAX_REDIRECTS + " times");
    }

    private HttpRequest.Builder request(String pathOrLink) {
        return HttpRequest.newBuilder(http.uri(pathOrLink)).timeout(timeout);
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }
}
