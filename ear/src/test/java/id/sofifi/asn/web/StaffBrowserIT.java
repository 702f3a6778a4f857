package id.sofifi.asn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff screens in a real browser: login, and the formation table. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static void login(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("submit")).click();
    }

    @Test
    @DisplayName("A wrong password shows an Indonesian error and no staff page")
    void wrongPassword() throws Exception {
        try (Browser browser = Browser.start()) {
            login(browser, "verifikator", "bukan-sandinya");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
            assertEquals("Nama pengguna atau kata sandi salah.", browser.driver().findElement(By.id("messages")).getText());
            browser.open("/staff/index.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        }
    }

    @Test
    @DisplayName("An administrator logs in, creates a formation and finds it in the table")
    void createsFormation() throws Exception {
        String code = SystemTest.unique("UI");
        try (Browser browser = Browser.start()) {
            login(browser, "admin", "admin123");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
            assertTrue(browser.driver().findElement(By.id("who")).getText().contains("admin"));

            assertEquals("Januari", ((JavascriptExecutor) browser.driver())
                    .executeScript("return PrimeFaces.getLocaleSettings().monthNames[0]"), "widgets speak Indonesian");
            assertTrue(!browser.driver().getPageSource().contains("RES_NOT_FOUND"), "every resource of the page exists");

            browser.driver().findElement(By.id("menuFormations")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("formations:table")));
            browser.driver().findElement(By.id("formations:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formationDialogForm:code")));
            browser.driver().findElement(By.id("formationDialogForm:code")).sendKeys(code);
            browser.driver().findElement(By.id("formationDialogForm:position")).sendKeys("Penyuluh Uji Peramban");
            browser.driver().findElement(By.id("formationDialogForm:education")).sendKeys("S-1 Penyuluhan");
            browser.driver().findElement(By.id("formationDialogForm:workUnit")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#formationDialogForm\\:workUnit_items li[data-label='Dinas Kesehatan']"))).click();
            browser.driver().findElement(By.id("formationDialogForm:save")).click();

            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("formationDialog")));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("formations:table"), code));
            browser.screenshot("staff-formations");
            assertTrue(browser.driver().findElement(By.id("formations:table")).getText().contains("Penyuluh Uji Peramban"));
        }
    }

    @Test
    @DisplayName("An invalid formation is refused with Indonesian field messages and the dialog keeps the input")
    void invalidFormationKeepsInput() throws Exception {
        try (Browser browser = Browser.start()) {
            login(browser, "admin", "admin123");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
            browser.open("/staff/admin/formations.xhtml");
            browser.driver().findElement(By.id("formations:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formationDialogForm:code")));
            browser.driver().findElement(By.id("formationDialogForm:position")).sendKeys("Analis");
            browser.driver().findElement(By.id("formationDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("formationDialogForm:dialogMessages"), "Kode: wajib diisi"));
            String messages = browser.driver().findElement(By.id("formationDialogForm:dialogMessages")).getText();
            assertTrue(messages.contains("Unit kerja: wajib diisi"), messages);
            assertEquals("Analis", browser.driver().findElement(By.id("formationDialogForm:position")).getAttribute("value"));
        }
    }
}
