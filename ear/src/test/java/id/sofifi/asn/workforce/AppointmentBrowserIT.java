package id.sofifi.asn.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The operator appoints the passed applicants as CPNS on the operations screen, once FINAL is published. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentBrowserIT {
    private static final LocalDate BIRTH = LocalDate.of(1996, 2, 14);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("\"Angkat CPNS\" is refused with the reason before FINAL is published, then appoints with the TMT")
    void operatorAppoints() throws Exception {
        AppointmentFixture f = AppointmentFixture.create(2064, BIRTH, "827298");
        long draft = f.prepareFinal();
        try (Browser browser = Browser.start()) {
            browser.signInAsOperator();
            browser.open("/staff/operations.xhtml?period=" + f.period);
            String reason = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("ops:appointmentNotReady"))).getText();
            assertTrue(reason.contains("pengumuman hasil akhir (FINAL)"), reason);
            assertFalse(browser.driver().findElement(By.id("ops:appoint")).isEnabled());

            AppointmentFixture.approve(draft);
            browser.open("/staff/operations.xhtml?period=" + f.period);
            WebElement tmt = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ops:tmt_input")));
            tmt.sendKeys("01/03/2027", Keys.ESCAPE);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ops:appoint"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("runStatus"), "Selesai"));
            String history = browser.driver().findElement(By.id("ops:history")).getText();
            assertTrue(history.contains("Pengangkatan CPNS") && history.contains("operator"), history);
            browser.screenshot("appointment");
        }
        assertEquals(f.expectedEmployees(BIRTH), f.employees());
    }
}
