package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.system.TestImages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 12 attachments (ASN-RULES §5/§6) over HTTP and in the browser: checked by content, pictures without EXIF, at
 * most three, only for staff and the reporter holding the secret, nothing of them on a public answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintAttachmentIT {
    private static final String GPS = "GPS-SOFIFI-0.7N-127.5E";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String unit;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @BeforeAll
    static void unit() throws IOException {
        unit = Reports.unit("LA");
    }

    private static JsonObject file(String privacy) throws IOException {
        return Reports.file(privacy, unit);
    }

    /** Attaches {@code content} as the raw body, claiming {@code contentType}, with the secret and/or a token. */
    private static HttpResponse<String> attach(String code, String secret, String token, byte[] content,
            String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(attachments(code, "")).header("Accept", "application/json")
                .header("Accept-Language", "id").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return HTTP.send(authorised(request, secret, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> get(String code, String path, String secret, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(attachments(code, path)).GET();
        return HTTP.send(authorised(request, secret, token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI attachments(String code, String path) {
        return URI.create(SystemTest.BASE_URL + "/api/v1/complaints/" + code + "/attachments" + path);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String secret, String token) {
        if (secret != null) {
            request.header("X-Reporter-Secret", secret);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** The case's files as {@code GET …/attachments} lists them to staff. */
    private static JsonArray listedForStaff(String code) throws Exception {
        return Json
                .createReader(
                        new StringReader(new String(get(code, "", null, ADMIN_TOKEN).body(), StandardCharsets.UTF_8)))
                .readArray();
    }

    private static String firstErrorField(HttpResponse<String> response) {
        return object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static int audited(String action, String code) throws SQLException {
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement query = db
                        .prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_key = ?")) {
            query.setString(1, action);
            query.setString(2, code);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    @DisplayName("Demo data: the public demo complaint carries the reporter's photo, a PNG staff can open; the public"
            + " case answer does not mention it")
    void demoAttachment() throws Exception {
        String code;
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement query = db.prepareStatement("SELECT tracking_code FROM complaint WHERE title = ?")) {
            query.setString(1, "Antrian layanan kepegawaian terlalu lama");
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the demo data holds the queue complaint");
                code = rows.getString(1);
            }
        }
        JsonArray files = listedForStaff(code);
        assertEquals(1, files.size(), files.toString());
        assertEquals("image/png", files.getJsonObject(0).getString("mediaType"));
        HttpResponse<byte[]> photo = get(code, "/1", null, ADMIN_TOKEN);
        assertEquals(200, photo.statusCode());
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth());
        assertFalse(send("GET", "/api/v1/complaints/" + code, null, null).body().contains("attachment"));
    }

    @Test
    @DisplayName("Issue 12 / §5: a JPEG with EXIF (GPS) comes back re-encoded without its Exif APP1 segment, under"
            + " lampiran-1.jpg; a renamed .exe is refused by field; a 4th file is refused; the opening is audited")
    void reporterAttaches() throws Exception {
        JsonObject filed = file("PUBLIC");
        String code = filed.getString("trackingCode");
        String secret = filed.getString("secret");
        byte[] photo = TestImages.withExif(TestImages.picture("jpeg"), GPS);
        assertTrue(new String(photo, StandardCharsets.ISO_8859_1).contains("Exif"), "the upload carries EXIF");

        HttpResponse<String> added = attach(code, secret, null, photo, "image/jpeg");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(1, object(added).getInt("number"));
        assertEquals("lampiran-1.jpg", object(added).getString("fileName"), "the browser's name is not kept");
        assertTrue(added.headers().firstValue("Location").orElseThrow().endsWith("/attachments/1"));

        HttpResponse<byte[]> served = get(code, "/1", secret, null);
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        String servedText = new String(served.body(), StandardCharsets.ISO_8859_1);
        assertFalse(servedText.contains("Exif") || servedText.contains(GPS), "the EXIF segment is gone");
        assertFalse(hasApp1(served.body()), "no APP1 segment is left");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(served.body())), "still a picture");
        assertEquals(1, audited("complaint.attachmentOpened", code), "the reporter's opening is audited");

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> renamed = attach(code, secret, null, exe, "application/pdf");
        assertEquals(400, renamed.statusCode(), renamed.body());
        assertEquals("attachment", firstErrorField(renamed));
        assertTrue(renamed.body().contains("PDF, JPEG atau PNG"), renamed.body());

        assertEquals(201, attach(code, secret, null, TestImages.picture("png"), "image/png").statusCode());
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, attach(code, null, ADMIN_TOKEN, pdf, "application/octet-stream").statusCode(),
                "staff attach with their token");
        HttpResponse<String> fourth = attach(code, secret, null, pdf, "application/pdf");
        assertEquals(400, fourth.statusCode(), fourth.body());
        assertEquals("attachment", firstErrorField(fourth));
        assertTrue(fourth.body().contains("3 lampiran"), fourth.body());

        JsonArray listed = listedForStaff(code);
        assertEquals(3, listed.size(), listed.toString());
        assertEquals("image/png", listed.getJsonObject(1).getString("mediaType"));
        assertEquals("application/pdf", listed.getJsonObject(2).getString("mediaType"));
        assertEquals(3, audited("complaint.attachmentAdded", code));
    }

    @Test
    @DisplayName("Issue 12 / §5-§6: without the secret (or with a wrong one) nobody attaches, lists or opens a file;"
            + " a confidential case stays unknown; the public answer carries no file metadata")
    void othersGetNothing() throws Exception {
        JsonObject filed = file("PUBLIC");
        String code = filed.getString("trackingCode");
        assertEquals(201,
                attach(code, filed.getString("secret"), null, TestImages.picture("png"), "image/png").statusCode());

        assertEquals(403, attach(code, null, null, TestImages.picture("png"), "image/png").statusCode());
        assertEquals(403,
                attach(code, "AAAA-BBBB-CCCC-DDDD", null, TestImages.picture("png"), "image/png").statusCode());
        assertEquals(403, get(code, "", null, null).statusCode());
        assertEquals(403, get(code, "/1", null, null).statusCode());
        assertEquals(1,
                new String(get(code, "", null, ADMIN_TOKEN).body(), StandardCharsets.UTF_8).split("\"number\"").length
                        - 1,
                "only the reporter's one file");

        HttpResponse<String> publicly = send("GET", "/api/v1/complaints/" + code, null, null);
        assertEquals(200, publicly.statusCode(), publicly.body());
        for (String metadata : new String[]{"attachment", "lampiran", "sha256", "image/png", "mediaType"}) {
            assertFalse(publicly.body().contains(metadata), metadata + " in " + publicly.body());
        }

        JsonObject confidential = file("CONFIDENTIAL");
        String hidden = confidential.getString("trackingCode");
        assertEquals(404, attach(hidden, null, null, TestImages.picture("png"), "image/png").statusCode());
        assertEquals(201, attach(hidden, confidential.getString("secret"), null, TestImages.picture("png"), "image/png")
                .statusCode());
        assertEquals(404, get(hidden, "/1", null, null).statusCode());
    }

    @Test
    @DisplayName("Issue 12: on /lapor.xhtml a citizen files a report with a PNG; the staff case page lists and opens it;"
            + " a renamed file refuses the whole report by its field")
    void formWithPng() throws Exception {
        Path png = Files.createTempFile("papan-rusak", ".png");
        Path fake = Files.createTempFile("bukan-gambar", ".png");
        Files.write(png, TestImages.picture("png"));
        Files.write(fake, "MZ this is a program".getBytes(StandardCharsets.US_ASCII));
        String code;
        try (Browser citizen = Browser.start()) {
            WebDriver driver = citizen.driver();
            citizen.open("/lapor.xhtml");
            fillForm(driver);
            driver.findElement(By.id("attachment2")).sendKeys(fake.toAbsolutePath().toString());
            driver.findElement(By.id("send")).click();
            String refused = citizen.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .error"))).getText();
            assertTrue(refused.contains("Lampiran 2"), refused);
            assertTrue(driver.findElements(By.id("trackingCode")).isEmpty(), "the report is not filed");

            fillForm(driver);
            driver.findElement(By.id("attachment1")).sendKeys(png.toAbsolutePath().toString());
            driver.findElement(By.id("send")).click();
            code = citizen.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trackingCode")))
                    .getText();
            citizen.screenshot("lapor-attachment-filed");
        } finally {
            Files.delete(png);
            Files.delete(fake);
        }
        try (Browser staff = Browser.start()) {
            WebDriver driver = staff.driver();
            staff.signInAsAdministrator();
            staff.open("/staff/admin/complaint.xhtml?kode=" + code);
            String link = staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-1")))
                    .getText();
            assertTrue(link.contains("lampiran-1.png"), link);
            assertTrue(driver.findElement(By.id("case:attachments")).getText().contains("image/png"));
            staff.screenshot("complaint-attachment-listed");
            staff.open("/staff/admin/lapor-lampiran?kode=" + code + "&n=1");
        }
        assertEquals(1, audited("complaint.attachmentOpened", code), "the staff opening is audited");
    }

    private static void fillForm(WebDriver driver) {
        driver.findElement(By.id("title")).clear();
        driver.findElement(By.id("title")).sendKeys("Papan nama kantor rusak");
        driver.findElement(By.id("body")).clear();
        driver.findElement(By.id("body")).sendKeys("Papan nama kantor layanan jatuh dan belum diperbaiki.");
        new Select(driver.findElement(By.id("workUnitCode"))).selectByVisibleText("Unit " + unit);
    }

    /** Whether the JPEG's header carries an APP1 (EXIF) segment before its image data. */
    private static boolean hasApp1(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }
}
