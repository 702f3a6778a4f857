package id.sofifi.asn.workforce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.identity.domain.PasswordHash;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Employees signed in over HTTP as the staff login page signs them in (role EMPLOYEE, their NIP as user name), for
 * the system tests of what an employee and their head may read. The account is inserted as the mailed password link
 * would leave it (the link itself has EmployeeSignInBrowserIT).
 */
public final class EmployeeSessions {
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "sandi-pegawai-1";

    private EmployeeSessions() {
    }

    /** Gives the employee a sign-in account (role EMPLOYEE), or the test password to the one they have; answers it. */
    public static String account(String nip) throws Exception {
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (username, full_name,"
                        + " password_hash, roles) VALUES (?, 'Pegawai', ?, 'EMPLOYEE') ON CONFLICT (username) DO UPDATE"
                        + " SET password_hash = EXCLUDED.password_hash")) {
            insert.setString(1, nip);
            insert.setString(2, PasswordHash.hash(PASSWORD.toCharArray()));
            insert.executeUpdate();
        }
        return PASSWORD;
    }

    /** An HTTP client holding the session of the employee signed in on the staff login page with their NIP. */
    public static HttpClient signedIn(String nip) throws Exception {
        return signIn(nip, account(nip), "/asn/index.xhtml");
    }

    /**
     * An HTTP client holding the session of {@code username} signed in on the staff login page (a staff account too,
     * e.g. the demo administrator), having landed on a page whose path ends with {@code landing}.
     */
    public static HttpClient signIn(String username, String password, String landing) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the login page has a view state");
        String form = "login=login&username=" + username + "&password=" + password
                + "&submit=Masuk&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> landed = client
                .send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(landed.uri().getPath().endsWith(landing), landed.uri() + ": " + landed.body());
        return client;
    }

    /** A GET in the signed-in session, asking for JSON in Indonesian. */
    public static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path))
                .header("Accept", "application/json").header("Accept-Language", "id").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
