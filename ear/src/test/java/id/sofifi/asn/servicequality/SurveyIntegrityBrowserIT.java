package id.sofifi.asn.servicequality;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 11's staff screens in a real browser: paper forms uploaded on the service-units screen, a kiosk paired and
 * revoked in its dialog, a flagged response excluded with a reason; and the results page on a small phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyIntegrityBrowserIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    /** A unit whose name carries its code, so the staff table's name filter finds it alone. */
    private static String serviceUnit() throws Exception {
        String code = unique("KIOS");
        HttpResponse<String> created = send("POST", "/api/v1/service-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Loket Uji %s\",\"workUnitCode\":\"BKD\",\"annualUsers\":3000}"
                        .formatted(code, code));
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static void respond(String unit, String answers) throws Exception {
        assertEquals(201, send("POST", "/api/v1/service-units/" + unit + "/survey-responses", null,
                "{\"answers\":[%s],\"servedOn\":\"%s\",\"respondent\":{\"sex\":\"M\"}}".formatted(answers, TODAY))
                .statusCode());
    }

    @Test
    @DisplayName("Issue 11: an administrator uploads paper forms, pairs a kiosk (link shown once) and revokes it")
    void importAndKiosk() throws Exception {
        String unit = serviceUnit();
        Path file = Files.writeString(
                Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir", "target"), "uploads"))
                        .resolve("survei-kertas.csv"),
                "served_on,u1,u2,u3,u4,u5,u6,u7,u8,u9,sex,age,education,occupation\n" + TODAY
                        + ",4,4,3,4,3,4,4,3,4,F,,,\n" + TODAY + ",4,4,3,9,3,4,4,3,4,,,,\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuServiceUnits")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
            new Select(driver.findElement(By.id("import:importUnit"))).selectByValue(unit);
            driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("import:start")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jobStatus"), "Selesai"));
            assertEquals("dibaca 2 · disimpan 1 · dilewati 1", driver.findElement(By.id("jobCounts")).getText());
            String errors = driver.findElement(By.id("progress:errors")).getText();
            assertTrue(errors.contains("u4") && errors.contains("nilai harus 1–4"), errors);
            browser.screenshot("survey-import");

            driver.findElement(By.cssSelector("#serviceUnits\\:table input.ui-column-filter")).sendKeys(unit);
            By kiosks = By.xpath("//tr[td[normalize-space()='" + unit + "']]//a[contains(@id,':kiosks')]");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(kiosks)).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kioskDialogForm:label")))
                    .sendKeys("Tablet loket depan");
            driver.findElement(By.id("kioskDialogForm:pair")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pairingLink")));
            assertTrue(driver.findElement(By.id("pairingLink")).getText().contains("/kios?kode="));
            assertTrue(driver.findElement(By.id("kioskDialogForm:kioskTable")).getText().contains("Menunggu tablet"));
            browser.screenshot("kiosk-pairing");
            driver.findElement(By.cssSelector("[id$=':revoke']")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            browser.waiting().until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("kioskDialogForm:kioskTable"), "Dicabut"));
            assertTrue(driver.findElements(By.id("pairingLink")).isEmpty(), "the link is never shown again");
        }
    }

    @Test
    @DisplayName("Issue 11: the BKD sees a burst's responses with the reason and excludes one with a written reason")
    void excludeFlagged() throws Exception {
        String unit = serviceUnit();
        for (int i = 0; i < 4; i++) {
            respond(unit, "1,1,2,1,1,1,2,1,1");
        }
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuSurveyFlags")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flags:unit")));
            browser.choose("flags:unit", unit + " — Loket Uji " + unit);
            browser.waiting().until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("#flags\\:table tbody tr [id$=':exclude']"), 4));
            String table = driver.findElement(By.id("flags:table")).getText();
            assertTrue(table.contains("4 jawaban dari sumber yang sama dalam 10 menit"), table);
            // the lazy table may render once more after the filter's update: click whatever row is there now
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector("#flags\\:table tbody tr [id$=':exclude']")).click();
                return true;
            });
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("excludeForm:exclusionReason")))
                    .sendKeys("empat jawaban dalam satu menit dari satu alamat");
            browser.screenshot("survey-flag-exclude");
            driver.findElement(By.id("excludeForm:confirmExclude")).click();
            browser.waiting().until(ExpectedConditions
                    .numberOfElementsToBe(By.cssSelector("#flags\\:table tbody tr [id$=':exclude']"), 3));
            WebElement open = driver.findElement(By.id("flags:table"));
            browser.choose("flags:status", "Dikeluarkan");
            browser.waiting().until(ExpectedConditions.stalenessOf(open));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flags:table"),
                    "empat jawaban dalam satu menit dari satu alamat"));
            browser.screenshot("survey-flags");
        }
        HttpResponse<String> index = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY + "&to=" + TODAY, null, null);
        assertEquals(3, SystemTest.object(index).getInt("respondents"));
    }

    @Test
    @DisplayName("Issue 11: the results on a 360 × 740 phone: nine bars, four quarters, groups, no sideways scroll")
    void resultsOnSmallPhone() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(360, 740));
            browser.open("/ikm.xhtml?unit=RSUD-POLI-UMUM");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trend")));
            assertEquals(9, driver.findElements(By.cssSelector("#nrr li")).size());
            assertEquals(4, driver.findElements(By.cssSelector("#trend li")).size());
            assertEquals(4, driver.findElements(By.cssSelector("table.groups")).size());
            long width = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 360, "the results fit a small phone: " + width);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('trend').scrollIntoView()");
            browser.screenshot("ikm-trend-groups");
        }
    }
}
