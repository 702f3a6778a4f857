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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A citizen files a report on /lapor.xhtml; an administrator routes it on the case page (ASN-RULES §5). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("§5: the form shows the tracking code and secret once; staff route the case; the public page shows it")
    void fileAndRoute() throws Exception {
        String unit = unique("OB");
        HttpResponse<String> created = send("POST", "/api/v1/work-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Unit %s\"}".formatted(unit, unit));
        assertEquals(201, created.statusCode(), created.body());
        String code;
        try (Browser citizen = Browser.start()) {
            WebDriver driver = citizen.driver();
            citizen.open("/lapor.xhtml");
            driver.findElement(By.id("title")).sendKeys("Jalan rusak di depan kantor");
            driver.findElement(By.id("body")).sendKeys("Jalan di depan kantor layanan berlubang sejak bulan lalu.");
            new Select(driver.findElement(By.id("workUnitCode"))).selectByVisibleText("Unit " + unit);
            driver.findElement(By.cssSelector("input[name='privacy'][value='ANONYMOUS']")).click();
            driver.findElement(By.id("send")).click();
            code = citizen.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trackingCode")))
                    .getText();
            assertTrue(code.startsWith("LAP-"), code);
            assertEquals(19, driver.findElement(By.id("secret")).getText().length());
            citizen.screenshot("lapor-filed");
        }
        try (Browser staff = Browser.start()) {
            WebDriver driver = staff.driver();
            staff.signInAsAdministrator();
            driver.findElement(By.id("menuComplaints")).click();
            staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaints:table")));
            staff.open("/staff/admin/complaint.xhtml?kode=" + code);
            staff.choose("case:unit", "Unit " + unit);
            driver.findElement(By.id("case:route")).click();
            staff.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Diteruskan ke unit"));
            staff.screenshot("complaint-routed");
        }
        try (Browser anyone = Browser.start()) {
            anyone.open("/lapor/status.xhtml?kode=" + code);
            assertEquals("Diteruskan ke unit",
                    anyone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status"))).getText());
        }
    }
}
