package id.sofifi.asn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.MailedLinks;
import id.sofifi.asn.system.SmtpSink;
import id.sofifi.asn.system.SystemTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The applicant's journey in a real browser: account, e-mail confirmation, the wizard with uploads, the card. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantBrowserIT {
    private static final Pattern LINK = Pattern.compile("(http\\S+/konfirmasi\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static String messages(Browser browser) {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** Waits for the SMTP sink to receive a mail to {@code email} holding {@code text}. */
    private static boolean mailArrived(String email, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (SmtpSink.received().stream().anyMatch(m -> m.contains("To: " + email) && m.contains(text))) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir", "target"), "uploads"));
        return Files.write(dir.resolve(name), content);
    }

    /** A real one-page PDF, so the verifier's viewer shows it. */
    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A5);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A small JPEG portrait for the registration card. */
    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(178, 34, 34));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(240, 200, 160));
        g.fillOval(90, 80, 120, 150);
        g.fillRect(60, 250, 180, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static void upload(Browser browser, String requirement, Path file) {
        browser.driver().findElement(By.cssSelector("input[type=file][data-requirement=" + requirement + "]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    @DisplayName("N1 + §1.1: an applicant registers, confirms the e-mail, applies with documents, and gets a card")
    void registersAndApplies() throws Exception {
        LocalDate birth = LocalDate.of(1998, 2, 17);
        String nik = SystemTest.nik("827205", birth, true, (int) (System.nanoTime() % 9000) + 1);
        String email = SystemTest.unique("pelamar").toLowerCase(Locale.ROOT) + "@contoh.id";
        Path pdf = file("ijazah.pdf", pdf("IJAZAH SARJANA KEPERAWATAN — Nurul Hidayah Sangaji"));
        Path photo = file("pas-foto.jpg", photo());
        Path executable = file("ktp.pdf", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/daftar.xhtml");
            type(driver, "nik", nik.substring(0, 15));
            type(driver, "fullName", "Nurul Hidayah Sangaji");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('birthDate').value = arguments[0]",
                    birth.toString());
            new Select(driver.findElement(By.id("sex"))).selectByValue("F");
            type(driver, "email", email);
            type(driver, "phone", "0812 4455 6677");
            type(driver, "password", "rahasia-saya-1");
            type(driver, "passwordRepeat", "rahasia-saya-1");
            driver.findElement(By.id("register")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "NIK"));
            assertEquals("NIK: NIK harus 16 angka, bukan 15", messages(browser));
            assertEquals("Nurul Hidayah Sangaji", driver.findElement(By.id("fullName")).getAttribute("value"),
                    "what was typed is kept");

            type(driver, "nik", nik);
            type(driver, "password", "rahasia-saya-1");
            type(driver, "passwordRepeat", "rahasia-saya-1");
            driver.findElement(By.id("register")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), email));

            String link = MailedLinks.newest(email, LINK);
            assertTrue(mailArrived(email, link), "the confirmation mail left the server through its mail session");
            driver.get(link);
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "E-mail dikonfirmasi"));

            browser.open("/masuk.xhtml");
            type(driver, "username", nik);
            type(driver, "password", "rahasia-saya-1");
            driver.findElement(By.id("submit")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("noApplications")));
            driver.findElement(By.id("apply")).click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("period")));
            new Select(driver.findElement(By.id("period"))).selectByIndex(1);
            browser.waiting()
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#formation option"), 1));
            new Select(driver.findElement(By.id("formation"))).selectByValue("DINKES-PERAWAT-01");
            driver.findElement(By.id("next")).click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("education")));
            type(driver, "education", "S-1 Keperawatan + Ners");
            type(driver, "gpa", "4.5");
            driver.findElement(By.id("next")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "IPK"));
            assertEquals("IPK: IPK harus antara 0,00 dan 4,00", messages(browser));
            assertEquals("S-1 Keperawatan + Ners", driver.findElement(By.id("education")).getAttribute("value"));
            type(driver, "gpa", "3.62");
            driver.findElement(By.id("next")).click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
            upload(browser, "KTP", executable);
            upload(browser, "IJAZAH", pdf);
            driver.findElement(By.id("upload")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ok-IJAZAH")));
            assertTrue(messages(browser).contains("berkas harus PDF, JPEG atau PNG"), messages(browser));
            assertTrue(driver.findElements(By.id("ok-KTP")).isEmpty(), "the executable was refused");
            for (String requirement : new String[]{"KTP", "TRANSKRIP", "SURAT_LAMARAN"}) {
                upload(browser, requirement, pdf);
            }
            upload(browser, "PAS_FOTO", photo);
            browser.screenshot("wizard-documents");
            driver.findElement(By.id("next")).click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review")));
            driver.findElement(By.id("submit")).click();
            String number = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("registrationNumber"))).getText();
            assertTrue(number.startsWith("CPNS-"), number);
            browser.screenshot("wizard-submitted");

            HttpResponse<byte[]> card = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/kartu.pdf?no=" + number))
                            .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, card.statusCode());
            assertEquals("application/pdf", card.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(card.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
            Files.write(Path.of(System.getProperty("asn.test.work.dir", "target"), "..", "screenshots", "card.pdf"),
                    card.body());
            assertEquals(401, HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(SystemTest.BASE_URL + "/kartu.pdf?no=" + number)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode(), "without the applicant's session there is no card");

            driver.findElement(By.id("toMine")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Lamaran diterima"));

            // the QR code of cards printed before the page moved still leads to the check
            browser.open("/verifikasi.xhtml?no=" + number);
            assertTrue(driver.getCurrentUrl().contains("/cek-pendaftaran.xhtml?no=" + number), driver.getCurrentUrl());
            assertEquals("Nurul Hidayah Sangaji", driver.findElement(By.id("name")).getText());
            assertTrue(!driver.getPageSource().contains(nik), "the public check never shows the NIK");

            verify(number);
            browser.open("/pelamar/index.xhtml");
            assertEquals("Tidak memenuhi syarat (TMS)", driver.findElement(By.id("status")).getText());
            assertTrue(driver.findElement(By.id("timeline")).getText().contains("TRANSKRIP: Transkrip tidak lengkap"),
                    driver.findElement(By.id("timeline")).getText());
            assertEquals("Masa sanggah dibuka saat hasil seleksi administrasi diumumkan.",
                    driver.findElement(By.id("objectionWindow")).getText(),
                    "§1.2: before the ADMINISTRATION announcement no objection window is open");
        }
    }

    /** §1.2, two people: the verifier proposes TMS with a reason in the document viewer, the supervisor confirms. */
    private static void verify(String number) throws IOException {
        try (Browser verifier = Browser.start()) {
            staffLogin(verifier, "verifikator", "verif123");
            verifier.open("/staff/lamaran.xhtml?no=" + number);
            verifier.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.document-frame")));
            verifier.driver().findElement(By.cssSelector("input.reason[data-requirement=TRANSKRIP]"))
                    .sendKeys("Transkrip tidak lengkap");
            verifier.driver().findElement(By.id("decision:proposeTms")).click();
            verifier.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Usulan TMS disimpan"));
            verifier.screenshot("verification");
        }
        try (Browser supervisor = Browser.start()) {
            staffLogin(supervisor, "supervisor", "super123");
            supervisor.open("/staff/lamaran.xhtml?no=" + number);
            assertEquals("TMS", supervisor.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("proposal"))).getText());
            supervisor.driver().findElement(By.id("decision:confirm")).click();
            supervisor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Hasil dikonfirmasi"));
        }
    }

    private static void staffLogin(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        type(browser.driver(), "username", username);
        type(browser.driver(), "password", password);
        browser.driver().findElement(By.id("submit")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }
}
