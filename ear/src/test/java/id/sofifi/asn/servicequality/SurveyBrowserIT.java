package id.sofifi.asn.servicequality;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The survey in a real browser: a citizen answers on a phone-sized screen by tapping faces, a refusal shows beside
 * its field, the results page draws the nine elements; an administrator adds a service unit on the staff screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyBrowserIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("§3: a citizen answers on a phone by tapping faces, leaving one blank; the results show nine bars")
    void citizenOnPhone() throws Exception {
        String unit = unique("POLI");
        HttpResponse<String> created = send("POST", "/api/v1/service-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Poliklinik Gigi RSUD Sofifi\",\"workUnitCode\":\"RSUD\",\"annualUsers\":4000}"
                        .formatted(unit));
        assertEquals(201, created.statusCode(), created.body());
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844));
            browser.open("/survei.xhtml?unit=" + unit);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey")));
            driver.findElement(By.id("send")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("err-answers")));
            assertEquals("isi paling sedikit satu pertanyaan", driver.findElement(By.id("err-answers")).getText());

            int[] faces = {4, 3, 3, 4, 3, 4, 4, 0, 3};
            for (int u = 1; u <= faces.length; u++) {
                if (faces[u - 1] > 0) {
                    driver.findElement(By.cssSelector("label[for='u" + u + "-" + faces[u - 1] + "']")).click();
                }
            }
            new Select(driver.findElement(By.id("age"))).selectByValue("AGE_20_29");
            new Select(driver.findElement(By.id("occupation"))).selectByValue("STUDENT");
            long width = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "the survey fits a phone's width without scrolling sideways: " + width);
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("survey-phone");
            driver.findElement(By.id("send")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
            browser.screenshot("survey-thanks");

            driver.findElement(By.id("ikmResults")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nrr")));
            assertEquals("1", driver.findElement(By.id("respondents")).getText());
            assertEquals(9, driver.findElements(By.cssSelector("#nrr li")).size());
            assertTrue(driver.findElement(By.id("undefined")).isDisplayed(), "element 8 was left blank");
            browser.screenshot("ikm-undefined");
        }
        HttpResponse<String> index = send("GET",
                "/api/v1/service-units/" + unit + "/ikm?from=" + TODAY + "&to=" + TODAY, null, null);
        assertEquals("4.0000", object(index).getJsonArray("nrr").getString(0));
    }

    @Test
    @DisplayName("The demo units' results page shows the index of this year's responses with its grade")
    void demoResults() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/ikm.xhtml?unit=RSUD-POLI-UMUM");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nrr")));
            assertTrue(Integer.parseInt(browser.driver().findElement(By.id("respondents")).getText()) > 0);
            assertTrue(browser.driver().findElement(By.id("grade")).getText().matches("[ABCD] \\(.+\\)"));
            browser.screenshot("ikm-results");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('nrr').scrollIntoView()");
            browser.screenshot("ikm-chart");
        }
    }

    @Test
    @DisplayName("An administrator adds a service unit under a work unit on the staff screen")
    void staffScreen() throws Exception {
        String code = unique("LOKET");
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuServiceUnits")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("serviceUnits:add"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("serviceUnitDialogForm:code")));
            driver.findElement(By.id("serviceUnitDialogForm:code")).sendKeys(code);
            driver.findElement(By.id("serviceUnitDialogForm:name")).sendKeys("Loket Layanan Kepegawaian");
            ((JavascriptExecutor) driver)
                    .executeScript("for (var w in PrimeFaces.widgets) { if (PrimeFaces.widgets[w].id === arguments[0])"
                            + " PF(w).selectValue('BKD'); }", "serviceUnitDialogForm:workUnitCode");
            driver.findElement(By.id("serviceUnitDialogForm:annualUsers_input")).sendKeys("12000");
            browser.screenshot("service-unit-dialog");
            driver.findElement(By.id("serviceUnitDialogForm:save")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("serviceUnits:table"), code));
            String row = driver.findElement(By.id("serviceUnits:table")).getText();
            assertTrue(row.contains("373"), "N = 12,000 needs 373 respondents: " + row);
            browser.screenshot("service-units");
        }
    }
}
