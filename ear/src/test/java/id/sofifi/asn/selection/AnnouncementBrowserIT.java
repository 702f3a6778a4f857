package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public announcement in a real browser: search a registration number, see the entry, its QR code and
 * verification.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("An applicant finds their entry by registration number, with its hashes, QR code and an intact chain")
    void searchByRegistrationNumber() throws Exception {
        AnnouncementFixture f = AnnouncementFixture.create(2042, 12);
        JsonObject published = f.publish("ADMINISTRATION", null);
        long id = published.getJsonNumber("id").longValue();
        String wanted = f.numbers.get(6);
        try (Browser browser = Browser.start()) {
            browser.open("/hasil-seleksi.xhtml?period=" + f.period);
            assertTrue(browser.driver().findElement(By.id("announcements")).getText().contains("#" + id));
            browser.screenshot("announcement-list");

            browser.driver().findElement(By.cssSelector("#announcements a.open")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
            assertEquals(published.getString("headHash"), browser.driver().findElement(By.id("headHash")).getText());
            assertEquals(12, browser.driver().findElements(By.cssSelector("#entries tbody tr")).size());
            browser.screenshot("announcement");

            WebElement search = browser.driver().findElement(By.id("no"));
            search.sendKeys(wanted);
            browser.driver().findElement(By.id("search")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry")));
            assertEquals(wanted, browser.driver().findElement(By.id("entryNumber")).getText());
            assertEquals("Pelamar Uji 7", browser.driver().findElement(By.id("entryName")).getText());
            assertTrue(browser.driver().findElement(By.id("entryHash")).getText().matches("[0-9a-f]{64}"));
            WebElement qr = browser.driver().findElement(By.id("qr"));
            browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 100", qr));
            assertFalse(browser.driver().getPageSource().contains(f.niks.get(6)), "the NIK is never shown");
            browser.screenshot("announcement-entry");

            browser.open("/hasil-seleksi/verifikasi.xhtml?id=" + id + "&no=" + wanted);
            // PDFs printed before the chain check had its own word still lead to it
            assertTrue(browser.driver().getCurrentUrl().contains("/hasil-seleksi/cek-rantai.xhtml?id=" + id),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElement(By.id("verdict")).getText().contains("utuh"),
                    browser.driver().findElement(By.id("verdict")).getText());
            browser.screenshot("announcement-chain-check");
        }
    }
}
