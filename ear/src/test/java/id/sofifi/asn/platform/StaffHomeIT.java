package id.sofifi.asn.platform;

import static id.sofifi.asn.system.SystemTest.send;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff home page lists what waits for the signed-in person and the province's key figures (issue 11). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffHomeIT {
    private static final String TO_ROUTE = "Pengaduan baru yang menunggu diverifikasi dan diteruskan";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 11: a new complaint adds one to the administrator's 'to route' line, which links to the list")
    void administratorSeesNewComplaint() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            long before = waitingCount(browser, TO_ROUTE);
            HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                    {"kind":"ASPIRATION","privacy":"PUBLIC","title":"Loket buka lebih pagi",
                     "body":"Mohon loket pelayanan dibuka pukul tujuh.","workUnitCode":"BKD"}""");
            assertEquals(201, filed.statusCode(), filed.body());
            browser.open("/staff/index.xhtml");
            assertEquals(before + 1, waitingCount(browser, TO_ROUTE));
            WebElement figures = browser.driver().findElement(By.id("figures"));
            assertTrue(figures.getText().contains("Pegawai ASN"), figures.getText());
            browser.screenshot("staff-home-admin");
            line(browser, TO_ROUTE).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaints:table")));
        }
    }

    @Test
    @DisplayName("Issue 11: an operator sees no administrator lines and no province figures")
    void operatorSeesOnlyOwnWork() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signInAsOperator();
            browser.open("/staff/index.xhtml");
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(!page.contains(TO_ROUTE) && browser.driver().findElements(By.id("figures")).isEmpty(), page);
        }
    }

    /** The count of the home page's waiting line that reads {@code text}; 0 when the line is absent (nothing waits). */
    private static long waitingCount(Browser browser, String text) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("waitingTitle")));
        return browser.driver().findElements(By.xpath("//ul[@id='waiting']//a[contains(., '" + text + "')]")).stream()
                .findFirst().map(a -> Long.parseLong(a.findElement(By.tagName("strong")).getText().replace(".", "")))
                .orElse(0L);
    }

    private static WebElement line(Browser browser, String text) {
        return browser.driver().findElement(By.xpath("//ul[@id='waiting']//a[contains(., '" + text + "')]"));
    }
}
