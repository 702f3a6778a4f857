package id.sofifi.asn.development;

import static id.sofifi.asn.system.Browser.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.TestEmployees;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Development in a real browser: an administrator creates a training and enrols an employee, marks it completed,
 * and anyone checks the certificate at the address its QR code holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentBrowserIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date picker through its widget, as picking a day in its calendar does. */
    private static void date(WebDriver driver, String clientId, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript(
                "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1," + " arguments[3]))",
                widget(driver, clientId), day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    @Test
    @DisplayName("§4: an administrator creates a training, enrols an employee by NIP, completes it; the certificate "
            + "check shows name, training, partner and JP")
    void trainingToCertificate() throws Exception {
        String nip = TestEmployees.insert("Nurlela Sahib", "PNS", LocalDate.of(2015, 3, 1), null);
        String code = SystemTest.unique("ETIKA");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            driver.findElement(By.id("menuTrainings")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("trainings:add"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trainingDialogForm:code")));
            type(driver, "trainingDialogForm:code", code);
            type(driver, "trainingDialogForm:title", "Etika Pelayanan Publik");
            ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue('UNKHAIR')",
                    widget(driver, "trainingDialogForm:partner"));
            type(driver, "trainingDialogForm:jp", "8");
            type(driver, "trainingDialogForm:capacity", "2");
            date(driver, "trainingDialogForm:startsOn", today.minusDays(3));
            date(driver, "trainingDialogForm:endsOn", today.minusDays(1));
            browser.screenshot("training-dialog");
            driver.findElement(By.id("trainingDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trainings:table"), code));
            browser.screenshot("trainings");

            driver.findElement(By.linkText(code)).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrolments:nip")));
            type(driver, "enrolments:nip", nip);
            driver.findElement(By.id("enrolments:enrol")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments:table"), "Nurlela"));
            assertEquals("1 / 2", driver.findElement(By.id("placesLeft")).getText(), "one place taken of two");

            driver.findElement(By.xpath("//*[@id='enrolments:table']//button[.//span[text()='Nyatakan selesai']]"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("completionForm:saveCompletion")))
                    .click();
            WebElement certificate = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.certificate")));
            String number = certificate.getAttribute("href").replaceAll(".*[?&]no=([A-Z0-9]+).*", "$1");
            browser.screenshot("training-completed");

            try (Browser anyone = Browser.start()) {
                anyone.open("/sertifikat.xhtml?no=" + number);
                anyone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
                assertEquals("Nurlela Sahib", anyone.driver().findElement(By.id("name")).getText());
                assertEquals("Etika Pelayanan Publik", anyone.driver().findElement(By.id("title")).getText());
                assertEquals("8", anyone.driver().findElement(By.id("jp")).getText());
                String facts = anyone.driver().findElement(By.id("certificate")).getText();
                assertTrue(facts.contains("Universitas Khairun"), facts);
                assertTrue(!anyone.driver().getPageSource().contains(nip), "the public check masks the NIP");
                anyone.screenshot("certificate-check");
                anyone.open("/sertifikat.xhtml?no=" + number.substring(1) + "A");
                anyone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));
            }
        }
    }

}
