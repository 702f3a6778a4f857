package id.sofifi.asn.identity;

import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Issue 13's staff screen in a real browser: an administrator creates an agency client, sees its token once, revokes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 13: an administrator creates a client, copies its token from the one-time dialog, revokes it")
    void createIssueRevoke() throws Exception {
        String agency = unique("BKD Provinsi Uji");
        String secret;
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuApiClients")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("clients:add"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientDialogForm:agencyName")))
                    .sendKeys(agency);
            driver.findElement(By.id("clientDialogForm:contactName")).sendKeys("Petugas Integrasi");
            driver.findElement(By.id("clientDialogForm:contactEmail")).sendKeys("integrasi@bkd-uji.example");
            driver.findElement(By.xpath("//label[normalize-space()='Rekrutmen']")).click();
            driver.findElement(By.xpath("//label[normalize-space()='Seleksi']")).click();
            driver.findElement(By.id("clientDialogForm:expiresOn_input")).sendKeys("31/12/2030", Keys.ESCAPE);
            browser.screenshot("api-client-new");
            driver.findElement(By.id("clientDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("clientDialog")));

            driver.findElement(By.cssSelector("#clients\\:table input.ui-column-filter")).sendKeys(agency);
            By row = By.xpath("//tr[td[contains(normalize-space(),'" + agency + "')]]");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(row, "31 Desember 2030"));
            assertTrue(driver.findElement(row).getText().contains("Rekrutmen, Seleksi"),
                    driver.findElement(row).getText());
            driver.findElement(
                    By.xpath("//tr[td[contains(normalize-space(),'" + agency + "')]]//button[contains(@id,':tokens')]"))
                    .click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tokensForm:issue"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedForm:secret")));
            secret = driver.findElement(By.id("issuedForm:secret")).getAttribute("value");
            assertTrue(secret.startsWith("asn_") && secret.length() == 47, secret);
            assertTrue(driver.findElement(By.id("issuedWarning")).getText().contains("hanya ditampilkan sekali"));
            browser.screenshot("api-client-token-once");
            driver.findElement(By.id("issuedForm:done")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedForm:secret")));

            assertEquals(200, send("GET", "/api/v1/periods", secret, null).statusCode(), "the copied token works");
            assertEquals(403, send("GET", "/api/v1/service-units", secret, null).statusCode(), "outside its scopes");

            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokensForm:tokenTable"), "Aktif"));
            driver.findElement(By.cssSelector("[id$=':revoke']")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("tokensForm:tokenTable"), "Dicabut"));
            browser.screenshot("api-client-revoked");
            assertFalse(driver.getPageSource().contains(secret), "the token is never shown again");
        }
        assertEquals(401, send("GET", "/api/v1/periods", secret, null).statusCode(), "revoked at once");
    }
}
