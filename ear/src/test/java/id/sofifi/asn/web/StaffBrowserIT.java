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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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

    /** Logs in as the demo administrator, opens a staff screen from the menu, then its "add" dialog. */
    private static void openAddDialog(Browser browser, String menuId, String tableForm, String dialogForm) {
        login(browser, "admin", "admin123");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        browser.driver().findElement(By.id(menuId)).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(tableForm + ":table")));
        browser.driver().findElement(By.id(tableForm + ":add")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(dialogForm + ":code")));
    }

    /** Types into the table's column filter and returns the text of the single row left. */
    private static String filterToOneRow(Browser browser, String tableForm, String text) {
        String table = "#" + tableForm + "\\:table";
        browser.driver().findElement(By.cssSelector(table + " input.ui-column-filter")).sendKeys(text);
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(table + " tbody tr"), 1));
        return browser.driver().findElement(By.cssSelector(table + " tbody tr")).getText();
    }

    @Test
    @DisplayName("A wrong password shows an Indonesian error and no staff page")
    void wrongPassword() throws Exception {
        try (Browser browser = Browser.start()) {
            login(browser, "verifikator", "bukan-sandinya");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
            assertEquals("Nama pengguna atau kata sandi salah.",
                    browser.driver().findElement(By.id("messages")).getText());
            browser.open("/staff/index.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        }
    }

    @Test
    @DisplayName("An administrator logs in, creates a formation and finds it in the table")
    void createsFormation() throws Exception {
        String code = SystemTest.unique("UI");
        try (Browser browser = Browser.start()) {
            browser.open("/login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
            login(browser, "admin", "admin123");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
            assertTrue(browser.driver().findElement(By.id("who")).getText().contains("admin"));
            Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(before != null && after != null && !before.getValue().equals(after.getValue()),
                    "a login gets a new session id (no session fixation)");

            assertEquals("Januari", ((JavascriptExecutor) browser.driver())
                    .executeScript("return PrimeFaces.getLocaleSettings().monthNames[0]"), "widgets speak Indonesian");
            assertTrue(!browser.driver().getPageSource().contains("RES_NOT_FOUND"),
                    "every resource of the page exists");

            browser.driver().findElement(By.id("menuFormations")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("formations:table")));
            browser.driver().findElement(By.id("formations:add")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("formationDialogForm:code")));
            browser.driver().findElement(By.id("formationDialogForm:code")).sendKeys(code);
            browser.driver().findElement(By.id("formationDialogForm:position")).sendKeys("Penyuluh Uji Peramban");
            browser.driver().findElement(By.id("formationDialogForm:education")).sendKeys("S-1 Penyuluhan");
            chooseWorkUnit(browser, "Dinas Kesehatan");
            browser.driver().findElement(By.id("formationDialogForm:save")).click();

            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("formationDialog")));
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("formations:table"), code));
            browser.screenshot("staff-formations");
            assertTrue(browser.driver().findElement(By.id("formations:table")).getText()
                    .contains("Penyuluh Uji Peramban"));
        }
    }

    @Test
    @DisplayName("An invalid formation is refused with Indonesian field messages and the dialog keeps the input")
    void invalidFormationKeepsInput() throws Exception {
        try (Browser browser = Browser.start()) {
            openAddDialog(browser, "menuFormations", "formations", "formationDialogForm");
            browser.driver().findElement(By.id("formationDialogForm:position")).sendKeys("Analis");
            browser.driver().findElement(By.id("formationDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("formationDialogForm:dialogMessages"), "Kode: wajib diisi"));
            String messages = browser.driver().findElement(By.id("formationDialogForm:dialogMessages")).getText();
            assertTrue(messages.contains("Unit kerja: wajib diisi"), messages);
            assertEquals("Analis",
                    browser.driver().findElement(By.id("formationDialogForm:position")).getAttribute("value"));
        }
    }

    @Test
    @DisplayName("An administrator opens a period through its dialog, finds it by the table filter"
            + " and changes its thresholds")
    void opensPeriodAndChangesThresholds() throws Exception {
        String code = SystemTest.unique("UIP");
        try (Browser browser = Browser.start()) {
            openAddDialog(browser, "menuPeriods", "periods", "periodDialogForm");
            browser.driver().findElement(By.id("periodDialogForm:code")).sendKeys(code);
            browser.driver().findElement(By.id("periodDialogForm:name")).sendKeys("Seleksi uji peramban");
            browser.driver().findElement(By.id("periodDialogForm:year_input")).sendKeys("2027");
            browser.driver().findElement(By.id("periodDialogForm:opens")).sendKeys("010620270800", Keys.TAB);
            browser.driver().findElement(By.id("periodDialogForm:closes")).sendKeys("300620271600", Keys.TAB);
            browser.driver().findElement(By.id("periodDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("periodDialog")));

            String row = filterToOneRow(browser, "periods", code);
            assertTrue(row.contains(code) && row.contains("01 Juni 2027 08:00 WIT"), row);

            browser.driver().findElement(By.xpath("//tbody/tr//button[.//span[text()='Ambang batas']]")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("thresholdsPeriod"), code));
            WebElement twk = browser.driver().findElement(By.id("thresholdsForm:gTwk_input"));
            assertEquals("65", twk.getAttribute("value"), "the 2024 default (ASN-RULES §1.4)");
            twk.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200", Keys.TAB);
            browser.driver().findElement(By.id("thresholdsForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thresholdsForm"),
                    "harus bilangan bulat antara 0 dan 150"));
            twk = browser.driver().findElement(By.id("thresholdsForm:gTwk_input"));
            twk.sendKeys(Keys.chord(Keys.CONTROL, "a"), "70", Keys.TAB);
            browser.driver().findElement(By.id("thresholdsForm:save")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("thresholdsDialog")));
        }
        assertEquals(70, SystemTest.object(SystemTest.send("GET", "/api/v1/periods/" + code, null, null))
                .getJsonObject("thresholds").getJsonObject("general").getInt("twk"));
    }

    @Test
    @DisplayName("An administrator adds a work unit and finds it by the table filter")
    void addsWorkUnit() throws Exception {
        String code = SystemTest.unique("OPD");
        try (Browser browser = Browser.start()) {
            openAddDialog(browser, "menuWorkUnits", "units", "unitDialogForm");
            browser.driver().findElement(By.id("unitDialogForm:code")).sendKeys(code);
            browser.driver().findElement(By.id("unitDialogForm:name")).sendKeys("Dinas Uji Peramban");
            browser.driver().findElement(By.id("unitDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("unitDialog")));
            assertTrue(filterToOneRow(browser, "units", "uji peramban").contains(code));
        }
    }

    /** Picks a work unit in the formation dialog's menu, as {@link Browser#choose} does for every menu. */
    private static void chooseWorkUnit(Browser browser, String name) {
        browser.choose("formationDialogForm:workUnit", name);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("formationDialogForm:workUnit_label"), name));
    }
}
