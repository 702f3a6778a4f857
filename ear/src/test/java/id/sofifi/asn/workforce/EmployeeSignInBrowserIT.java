package id.sofifi.asn.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.MailedLinks;
import id.sofifi.asn.system.SystemTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /** A PNS of the first work unit, with a NIP and NIK that agree with birth date and sex (§4, §1.1). */
    private static String employee(String email) throws SQLException {
        int serial = (int) (System.nanoTime() % 900) + 1;
        LocalDate birth = LocalDate.of(1987, 6, 21);
        String nip = "19870621" + "201203" + "2" + String.format("%03d", serial);
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement insert = db.prepareStatement("INSERT INTO employee (nip, nik, full_name, birth_date,"
                        + " sex, employment_type, appointed_on, position, work_unit_id, email, created_at)"
                        + " SELECT ?, ?, 'Fatma Abdullah', ?, 'F', 'PNS', date '2012-03-01', 'Analis Kepegawaian',"
                        + " min(id), ?, now() FROM work_unit")) {
            insert.setString(1, nip);
            insert.setString(2, SystemTest.nik("827205", birth, true, serial + 5000));
            insert.setObject(3, birth);
            insert.setString(4, email);
            assertEquals(1, insert.executeUpdate());
        }
        return nip;
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    @DisplayName("First password by a mailed single-use link, sign-in by NIP, the self-service page; the link works once")
    void firstPasswordAndSignIn() throws Exception {
        String email = SystemTest.unique("pegawai").toLowerCase(Locale.ROOT) + "@contoh.id";
        String nip = employee(email);
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
            browser.screenshot("employee-self-service");

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
