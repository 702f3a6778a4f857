package id.sofifi.asn.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The system's HTTP/1.1 front door as the benchmark uses it: requests with a bearer token or none, and, for the set-up,
 * answers checked against the one status expected. One client, so the load reuses kept-alive connections as a
 * browser or an agency's system does; redirects are answers of their own, never followed.
 */
final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SET_UP_TIMEOUT = Duration.ofMinutes(10);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpRequest get(String path, String token) {
        return builder(path, token).GET().build();
    }

    HttpRequest post(String path, String token, String contentType, String body) {
        return builder(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends and answers the status only: the load's requests, whose bodies are read and dropped. */
    int status(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends a page's request and answers it whole: the portal's pages are read for their forms and messages. */
    HttpResponse<String> page(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The address of {@code pathOrLink}: a path on the system, or a link it mailed or redirected to, as it is. */
    URI uri(String pathOrLink) {
        return URI.create(pathOrLink.startsWith("http") ? pathOrLink : base + pathOrLink);
    }

    /**
     * Sends a set-up request and answers its JSON body; anything but {@code expected} stops the run. Set-up is not
     * measured, and publishing a long announcement on a busy machine takes longer than a load request may, so it
     * waits up to ten minutes.
     */
    JsonObject expect(int expected, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(request, (name, value) -> true).timeout(SET_UP_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException(request.method() + " " + request.uri() + ": " + e, e);
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + " instead of " + expected + ": " + response.body());
        }
        if (response.body().isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonStructure json = Json.createReader(new StringReader(response.body())).read();
        return json instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
