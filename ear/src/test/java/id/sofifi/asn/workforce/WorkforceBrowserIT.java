package id.sofifi.asn.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

/** The employee list and profile, and moving a work unit, in a real browser over the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkforceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static String table(Browser browser) {
        return browser.driver().findElement(By.id("employees:table")).getText();
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#employees\\:table tbody tr"));
    }

    @Test
    @DisplayName("The list filters by unit (an OPD with its bidang), type and name; the export and profile follow")
    void filtersEmployees() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Jayapura")).getYear();
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            browser.driver().findElement(By.id("menuEmployees")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("employees:table")));
            ((JavascriptExecutor) browser.driver()).executeScript("PF('unitMenu').selectValue('DINKES')");
            browser.driver().findElement(By.id("employees:filter")).click();
            // before filtering the table lists every employee; the filtered one has DINKES's bidang and UPT only
            browser.waiting().until(d -> !table(browser).contains("Rahmat Hasan"));
            String dinkes = table(browser);
            assertTrue(dinkes.contains("Fitriani Abdullah") && dinkes.contains("Yusuf Baharuddin"), dinkes);

            ((JavascriptExecutor) browser.driver()).executeScript("PF('unitMenu').selectValue('BKD')");
            browser.driver().findElement(By.id("employees:q")).sendKeys("tomagola");
            browser.driver().findElement(By.id("employees:filter")).click();
            browser.waiting().until(d -> rows(browser).size() == 1 && rows(browser).get(0).getText().contains("CPNS"));
            String row = rows(browser).get(0).getText();
            assertTrue(row.contains("01 Maret " + year), row);
            String export = browser.driver().findElement(By.cssSelector("a.download-xlsx")).getAttribute("href");
            assertTrue(export.contains("employees.xlsx?workUnit=BKD") && export.contains("q=tomagola"), export);
            HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(export))
                            .header("Cookie",
                                    "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode());
            assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip");
            assertTrue(new String(xlsx.body(), StandardCharsets.ISO_8859_1).contains("xl/worksheets/sheet1.xml"));

            browser.driver().findElement(By.id("employees:q")).sendKeys("-tidak-ada");
            browser.driver().findElement(By.id("employees:filter")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("employees:table"),
                    "Tidak ada pegawai yang cocok dengan saringan ini."));
            browser.screenshot("staff-employees-empty");

            browser.driver().findElement(By.id("employees:q")).clear();
            browser.driver().findElement(By.id("employees:q")).sendKeys("tomagola");
            browser.driver().findElement(By.id("employees:filter")).click();
            browser.waiting().until(d -> rows(browser).size() == 1 && rows(browser).get(0).getText().contains("CPNS"));
            rows(browser).get(0).findElement(By.tagName("a")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
            String timeline = browser.driver().findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains("01 Maret " + year + " — Diangkat sebagai CPNS (TMT)"), timeline);
            assertTrue(timeline.contains("melalui impor data kepegawaian"), timeline);
            assertEquals("Muhammad Rizal Tomagola", browser.driver().findElement(By.id("name")).getText());
            browser.screenshot("staff-employee-profile");
        }
    }

    @Test
    @DisplayName("Moving an OPD under its own bidang is refused with an Indonesian message")
    void cycleRefused() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            browser.driver().findElement(By.id("menuWorkUnits")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("units:table")));
            browser.driver().findElement(By.cssSelector("#units\\:table input.ui-column-filter"))
                    .sendKeys("Dinas Kesehatan");
            By rowsOfTable = By.cssSelector("#units\\:table tbody tr");
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(rowsOfTable, 1));
            browser.driver().findElement(rowsOfTable).findElements(By.tagName("button")).stream()
                    .filter(b -> b.getText().equals("Pindahkan")).findFirst().orElseThrow().click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveDialogForm:move")));
            ((JavascriptExecutor) browser.driver()).executeScript("PF('newParentMenu').selectValue('DINKES-P2P')");
            browser.driver().findElement(By.id("moveDialogForm:move")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moveDialogForm"),
                    "tidak dapat dipindahkan ke bawah DINKES-P2P"));
            browser.screenshot("staff-work-unit-cycle");
            assertTrue(browser.driver().findElement(By.id("moveDialog")).isDisplayed(), "the dialog stays open");
        }
    }
}
