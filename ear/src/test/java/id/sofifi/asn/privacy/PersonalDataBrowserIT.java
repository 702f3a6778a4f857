package id.sofifi.asn.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.EmbeddedDatabase;
import id.sofifi.asn.system.SystemTest;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.Year;
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

/**
 * ASN-RULES §6 on the administrator's screen in a real browser: who read a person's data, found by the NIK the
 * breach report starts from; a NIK that cannot be one is refused in Indonesian, naming what is wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("§6: the administrator finds by NIK that the API read an application, when and as whom")
    void whoReadThisPerson() throws Exception {
        String number = SystemTest.unique("PDB");
        String nik = SystemTest.nik("717103", LocalDate.of(1993, 2, 9), true, (int) (System.nanoTime() % 9000) + 1);
        try (Connection c = EmbeddedDatabase.superuser(SystemTest.DB_PORT)) {
            PersonalDataIT.insertApplication(c, number, nik, "CPNS-" + Year.now().getValue(), "BKD-ANALIS-SDM-01");
        }
        assertEquals(200, SystemTest
                .send("GET", SystemTest.BASE_URL + "/api/v1/applications/" + number, SystemTest.ADMIN_TOKEN, null)
                .statusCode());

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuPersonalData")).click();
            WebElement key = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("access:key")));
            key.sendKeys("12345");
            driver.findElement(By.id("access:search")).click();
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("access:messages"), "NIK harus 16 angka"));
            assertTrue(driver.findElements(By.id("access:table")).isEmpty(), "no list for a refused key");

            driver.findElement(By.id("access:key")).clear();
            driver.findElement(By.id("access:key")).sendKeys(nik);
            driver.findElement(By.id("access:search")).click();
            By row = By.xpath("//tbody[@id='access:table_data']/tr[td[contains(normalize-space(),'" + number + "')]]");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
            String read = driver.findElement(row).getText();
            assertTrue(read.contains("Lamaran dibaca melalui API"), read);
            assertTrue(read.contains(String.valueOf(Year.now().getValue())), "when, in WIT: " + read);
            assertTrue(driver.findElement(By.id("access:csv")).isDisplayed(), "the list can be downloaded");
            browser.screenshot("personal-data-access");
        }
    }
}
