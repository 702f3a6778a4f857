package id.sofifi.asn.platform;

import id.sofifi.asn.system.SystemTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One caller of the matrix: a bearer token (agencies and the demo staff tokens), a signed-in session (citizens,
 * employees, applicants, staff who sign in on the login page), or neither (anonymous).
 */
record MatrixCaller(String role, HttpClient client, String token) {
    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    static MatrixCaller anonymous() {
        return new MatrixCaller("anonymous", PLAIN, null);
    }

    static MatrixCaller bearer(String role, String token) {
        return new MatrixCaller(role, PLAIN, token);
    }

    static MatrixCaller session(String role, HttpClient signedIn) {
        return new MatrixCaller(role, signedIn, null);
    }

    /** Sends {@code body} (null: none) as {@code contentType}, accepting {@code accept}; answers the response. */
    HttpResponse<String> send(String method, String path, String accept, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Accept", accept).header("Accept-Language", "id").method(method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
