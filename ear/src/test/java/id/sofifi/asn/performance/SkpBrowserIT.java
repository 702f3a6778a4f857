package id.sofifi.asn.performance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.EmployeeSessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The SKP appraisal in a browser (issue 11): the demo head of DINKES, Fitriani Abdullah, rates the laboratory head
 * Yusuf Baharuddin on her page, sees the predicate of the §2 matrix and the citizens' input, and then the warning of
 * her unit's distribution curve; the BKD sees the same unit warned on its staff screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkpBrowserIT {
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String demoNip(Connection db, String name) throws Exception {
        try (PreparedStatement find = db.prepareStatement("SELECT nip FROM employee WHERE full_name = ?")) {
            find.setString(1, name);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), "demo employee " + name);
                return row.getString(1).strip();
            }
        }
    }

    @Test
    @DisplayName("§2: an official rates an employee and sees the predicate; with the unit rated Baik and its only"
            + " annual predicate Sangat Baik, the head and the BKD see the curve warning")
    void officialRatesAndSeesTheCurve() throws Exception {
        String fitriani;
        String yusuf;
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement rating = db.prepareStatement("INSERT INTO skp_unit_rating (work_unit_code,"
                        + " rating_year, rating, set_at) VALUES ('DINKES', ?, 'BAIK', now())")) {
            fitriani = demoNip(db, "Fitriani Abdullah");
            yusuf = demoNip(db, "Yusuf Baharuddin");
            // the organisation's own rating of this year, as the BKD records it on its screen
            rating.setInt(1, YEAR);
            rating.executeUpdate();
        }
        String password = EmployeeSessions.account(fitriani);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(fitriani, password, "profile");
            driver.findElement(By.className("evaluate-" + yusuf)).click();
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("employeeName"), "Yusuf Baharuddin"));
            assertTrue(driver.findElement(By.id("citizens")).getText().contains("Loket Pemeriksaan Laboratorium"),
                    "the IKM of the laboratory's counter beside the rating");

            new Select(driver.findElement(By.name("period"))).selectByValue("ANNUAL");
            new Select(driver.findElement(By.name("results"))).selectByValue("ABOVE");
            new Select(driver.findElement(By.name("behaviour"))).selectByValue("ABOVE");
            driver.findElement(By.id("feedback")).sendKeys("Hasil pemeriksaan laboratorium tepat waktu.");
            // the page works without scripts: the predicate is computed when the rating is sent
            driver.findElement(By.id("rate")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Penilaian Tahunan " + YEAR + " disimpan"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("predicate"), "Sangat Baik"));
            browser.screenshot("skp-rating-predicate");
            assertTrue(driver.findElement(By.className("given-ANNUAL")).getText().contains("Sangat Baik"));

            browser.open("/asn/index.xhtml");
            String warning = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("curveWarning-DINKES-" + YEAR)))
                    .getText();
            assertTrue(warning.contains("tidak ada pegawai berpredikat Butuh Perbaikan, Kurang/Misconduct"), warning);
            browser.screenshot("skp-curve-warning-unit-head");
        }
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            browser.open("/staff/admin/skp-curves.xhtml");
            String row = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.className("curve-DINKES"))).getText();
            assertTrue(row.contains("tidak ada pegawai berpredikat Butuh Perbaikan"), row);
            browser.screenshot("skp-curves-bkd");
        }
    }
}
