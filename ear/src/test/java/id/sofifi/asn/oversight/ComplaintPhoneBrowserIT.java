package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 12 on a cheap phone (360 × 740): a citizen files a report, follows it by its tracking code and finds it
 * counted on the public complaint dashboard; no page scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintPhoneBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 12: file on a phone, follow by code, the dashboard counts the unit; nothing wider than 360 px")
    void fileFollowAndCount() throws Exception {
        String unit = unique("HP");
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Unit %s\"}".formatted(unit, unit));
        assertEquals(201, created.statusCode(), created.body());
        try (Browser phone = Browser.startPhone()) {
            WebDriver driver = phone.driver();
            phone.open("/lapor.xhtml");
            assertFitsWidth(driver, "report form");
            driver.findElement(By.id("title")).sendKeys("Air bersih tidak mengalir");
            driver.findElement(By.id("body")).sendKeys("Air bersih di kelurahan kami tidak mengalir sejak tiga hari.");
            new Select(driver.findElement(By.id("workUnitCode"))).selectByVisibleText("Unit " + unit);
            driver.findElement(By.cssSelector("input[name='privacy'][value='PUBLIC']")).click();
            phone.screenshot("phone-lapor-form");
            driver.findElement(By.id("send")).click();
            String code = phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trackingCode")))
                    .getText();
            assertTrue(code.startsWith("LAP-"), code);
            assertFitsWidth(driver, "filed report");
            phone.screenshot("phone-lapor-filed");

            phone.open("/lapor/status.xhtml?kode=" + code);
            assertEquals("Diterima",
                    phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status"))).getText());
            assertEquals("Air bersih tidak mengalir", driver.findElement(By.id("title")).getText());
            assertFitsWidth(driver, "status page");
            phone.screenshot("phone-lapor-status");

            driver.findElement(By.id("dashboard")).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("period")));
            new Select(driver.findElement(By.id("unit"))).selectByVisibleText("Unit " + unit);
            driver.findElement(By.id("show")).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total-received")));
            assertTrue(Integer.parseInt(driver.findElement(By.id("total-received")).getText()) >= 1);
            assertTrue(driver.findElement(By.id("total")).getText().contains("Unit " + unit));
            assertFitsWidth(driver, "dashboard of the unit");
            phone.screenshot("phone-dashboard-unit");

            phone.open("/lapor/dasbor.xhtml");
            assertTrue(Integer.parseInt(phone.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(unit + "-received"))).getText()) >= 1);
            assertFitsWidth(driver, "dashboard of the province");
            phone.screenshot("phone-dashboard-province");
        }
    }

    private static void assertFitsWidth(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        assertTrue(innerWidth <= 400, "a phone-sized window: " + innerWidth);
        assertTrue(scrollWidth <= innerWidth, page + " scrolls sideways: " + scrollWidth + " > " + innerWidth);
    }
}
