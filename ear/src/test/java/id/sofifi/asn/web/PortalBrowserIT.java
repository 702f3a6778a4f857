package id.sofifi.asn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The public portal in a real browser, on the seeded demo period. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static List<WebElement> formations(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#formations li.formation"));
    }

    @Test
    @DisplayName("The portal lists the open period's formations and filters them by category and by text")
    void listsAndFilters() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("/");
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Formasi yang dibuka"));
            assertTrue(browser.driver().getPageSource().contains("Dokter Ahli Pertama"));
            assertEquals(12, formations(browser).size(), "the 12 seeded formations fit on one page of 20");
            browser.screenshot("portal");

            new Select(browser.driver().findElement(By.id("category"))).selectByValue("DISABILITY");
            browser.driver().findElement(By.id("apply")).click();
            browser.waiting().until(ExpectedConditions.urlContains("category=DISABILITY"));
            assertEquals(1, formations(browser).size());
            assertTrue(formations(browser).get(0).getText().contains("Penyandang disabilitas"));

            new Select(browser.driver().findElement(By.id("category"))).selectByValue("");
            WebElement search = browser.driver().findElement(By.id("q"));
            search.clear();
            search.sendKeys("perawat");
            browser.driver().findElement(By.id("apply")).click();
            browser.waiting().until(ExpectedConditions.urlContains("q=perawat"));
            assertEquals(2, formations(browser).size());

            search = browser.driver().findElement(By.id("q"));
            search.clear();
            search.sendKeys("astronot");
            browser.driver().findElement(By.id("apply")).click();
            browser.waiting().until(ExpectedConditions.urlContains("q=astronot"));
            assertEquals(0, formations(browser).size());
            assertTrue(browser.driver().findElement(By.id("noFormations")).isDisplayed());
        }
    }

    @Test
    @DisplayName("The language switch turns the portal to English and back")
    void switchesLanguage() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("/");
            browser.driver().findElement(By.id("language")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Open formations"));
            browser.driver().findElement(By.id("language")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Formasi yang dibuka"));
        }
    }
}
