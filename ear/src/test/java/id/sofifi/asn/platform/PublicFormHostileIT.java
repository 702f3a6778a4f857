package id.sofifi.asn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.FacesForm;
import id.sofifi.asn.system.SystemTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, hostile input on the public portal: a NUL posted in a form field is refused on the form, in
 * Indonesian, instead of ending on the error page (PostgreSQL refuses NUL in text, so it used to fail the save).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormHostileIT {
    private static final String REFUSAL = "berisi karakter kendali";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + path)).header("Accept-Language", "id")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void refusedOnTheForm(HttpResponse<String> answer, String form) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(REFUSAL), answer.body());
        assertTrue(answer.body().contains("id=\"" + form + "\""), "the form is shown again: " + answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    @DisplayName("Registration (daftar.xhtml): a NUL in the full name is refused on the form, in Indonesian")
    void registration() throws IOException, InterruptedException {
        Map<String, String> hidden = FacesForm.hiddenFields(get("/daftar.xhtml").body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account", "account");
        fields.put("nik", SystemTest.nik("827204", java.time.LocalDate.of(1991, 4, 2), true, 9091));
        fields.put("fullName", "Ani\u0000ta Marsaoly");
        fields.put("birthDate", "1991-04-02");
        fields.put("sex", "F");
        fields.put("email", SystemTest.unique("hostile").toLowerCase(java.util.Locale.ROOT) + "@sofifi.example");
        fields.put("phone", "081234567890");
        fields.put("password", "Rahasia-Sofifi-2026");
        fields.put("passwordRepeat", "Rahasia-Sofifi-2026");
        fields.put("register", "Daftar");
        fields.putAll(hidden);
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http
                .send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/daftar.xhtml"))
                        .header("Accept-Language", "id").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        refusedOnTheForm(answer, "account");
    }

    @Test
    @DisplayName("Complaint (lapor.xhtml, multipart): a NUL in the title is refused on the form, in Indonesian")
    void complaint() throws IOException, InterruptedException {
        Map<String, String> hidden = FacesForm.hiddenFields(get("/lapor.xhtml").body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("report", "report");
        fields.put("kind", "COMPLAINT");
        fields.put("privacy", "PUBLIC");
        fields.put("title", "Antrean\u0000lama");
        fields.put("body", "Antrean di loket sangat lama sekali.");
        fields.put("workUnitCode", "BKD");
        fields.put("name", "Siti Rahma");
        fields.put("email", "siti@example.id");
        fields.put("send", "Kirim");
        fields.putAll(hidden);
        String boundary = "hostile" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/lapor.xhtml")).header("Accept-Language", "id")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        refusedOnTheForm(answer, "report");
    }
}
