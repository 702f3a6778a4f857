package id.sofifi.asn.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.MailedLinks;
import id.sofifi.asn.system.SystemTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An employee gets a password by a mailed link, signs in with the NIP and lands on their own page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeeSignInBrowserIT {
    private static final Pattern LINK = Pattern.compile("(http\\S+/kata-sandi-asn\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    @DisplayName("First password by a mailed single-use link, sign-in by NIP, the self-service page with the JP "
            + "progress of J1 (§4); the link works once")
    void firstPasswordAndSignIn() throws Exception {
        String email = SystemTest.unique("pegawai").toLowerCase(Locale.ROOT) + "@contoh.id";
        String nip = TestEmployees.insert("Fatma Abdullah", "PNS", LocalDate.of(2012, 3, 1), email);
        int year = LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear();
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement record = db.prepareStatement("INSERT INTO training_record (nip, title, competence,"
                        + " jp, completed_on, created_at) VALUES (?, ?, 'TECHNICAL', ?, ?, now())")) {
            // J1: 8 + 6 + 4 JP completed this year = 18 of 20, 2 short
            for (int jp : new int[]{8, 6, 4}) {
                record.setString(1, nip);
                record.setString(2, "Pelatihan " + jp + " JP");
                record.setInt(3, jp);
                record.setObject(4, LocalDate.of(year, 1, 2));
                record.addBatch();
            }
            record.executeBatch();
        }
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/login.xhtml");
            driver.findElement(By.id("employeePasswordLink")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nip")));
            type(driver, "nip", nip);
            driver.findElement(By.id("request")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tautan"));

            String link = MailedLinks.newest(email, LINK);
            driver.get(link);
            type(driver, "password", "pendek");
            type(driver, "passwordRepeat", "pendek");
            driver.findElement(By.id("save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "minimal"));
            type(driver, "password", "sandi-pegawai-1");
            type(driver, "passwordRepeat", "sandi-pegawai-1");
            driver.findElement(By.id("save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tersimpan"));

            driver.findElement(By.id("toLogin")).click();
            type(driver, "username", nip);
            type(driver, "password", "sandi-pegawai-1");
            driver.findElement(By.id("submit")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("profile")));
            assertTrue(driver.getCurrentUrl().contains("/asn/index.xhtml"), driver.getCurrentUrl());
            assertEquals(nip, driver.findElement(By.id("nip")).getText());
            assertEquals("PNS", driver.findElement(By.id("employmentType")).getText());
            assertEquals("90", driver.findElement(By.id("jpProgress")).getAttribute("value"), "J1: 18 of 20 JP");
            assertEquals("18 dari 20 JP wajib; kurang 2 JP", driver.findElement(By.id("jpSummary")).getText());
            assertTrue(driver.findElements(By.id("latsar")).isEmpty(), "a PNS has no Latsar due date");
            browser.screenshot("employee-self-service");

            // the employee enrols themself in an upcoming training with a place left
            WebElement enrol = driver.findElements(By.cssSelector("#upcoming input[type=submit]")).stream()
                    .filter(WebElement::isEnabled).findFirst().orElseThrow();
            String code = enrol.getAttribute("class").replaceAll(".*enrol-(\\S+).*", "$1");
            enrol.click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol:messages"),
                    "Anda terdaftar pada pelatihan " + code));

            browser.open("/staff/index.xhtml");
            assertTrue(driver.findElements(By.id("welcome")).isEmpty(), "an employee is not staff");

            driver.get(link);
            type(driver, "password", "sandi-lain-22");
            type(driver, "passwordRepeat", "sandi-lain-22");
            driver.findElement(By.id("save")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tidak berlaku"));
        }
    }
}
