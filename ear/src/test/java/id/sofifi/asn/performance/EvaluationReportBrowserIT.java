package id.sofifi.asn.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 11: an operator compiles the periodic evaluation report on the staff screen and downloads its PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationReportBrowserIT {
    private static final By NEWEST_STATUS = By.cssSelector("[id='reports:table'] tbody tr:first-child .report-status");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 11: the operator starts this year's report, the list follows it to Siap, the PDF downloads")
    void operatorRunsTheReport() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signInAsOperator();
            browser.driver().findElement(By.id("menuReports")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reports:start"))).click();
            browser.waiting().until(ExpectedConditions.textToBe(NEWEST_STATUS, "Sedang disusun"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(ExpectedConditions.textToBe(NEWEST_STATUS, "Siap"));
            String pdf = browser.driver()
                    .findElement(By.cssSelector("[id='reports:table'] tbody tr:first-child a[id^='pdf-']"))
                    .getAttribute("href");
            browser.screenshot("staff-evaluation-reports");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            assertTrue(new String(file.body(), 0, 4).equals("%PDF"), "a PDF, not " + file.headers());
        }
    }
}
