package id.sofifi.asn.development;

import static id.sofifi.asn.development.DevelopmentFixture.HEADER;
import static id.sofifi.asn.development.DevelopmentFixture.employee;
import static id.sofifi.asn.development.DevelopmentFixture.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff screens of issue 10 in headless Chromium: the training record import and the JP compliance. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("§4: an administrator imports a partner's CSV on the screen, then sees the JP in the compliance"
            + " screen")
    void importThenCompliance() throws Exception {
        String bidang = unit(unit(null));
        String nip = employee("PNS", LocalDate.of(2012, 1, 1), "AAAA Layar Uji", bidang);
        String thisYear = LocalDate.now(ZoneId.of("Asia/Jayapura")).withDayOfYear(1).toString();
        Path file = Files.writeString(
                Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir", "target"), "uploads"))
                        .resolve("riwayat-pelatihan.csv"),
                HEADER + "\n" + nip + ",,Bimtek Layar,TECHNICAL,8," + thisYear + ",\n" + nip
                        + ",,Bimtek Nol,TECHNICAL,0," + thisYear + ",\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            browser.open("/login.xhtml");
            browser.driver().findElement(By.id("username")).sendKeys("admin");
            browser.driver().findElement(By.id("password")).sendKeys("admin123");
            browser.driver().findElement(By.id("submit")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("menuTrainingRecordImports")))
                    .click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.id("import:start")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jobStatus"), "Selesai"));
            assertEquals("dibaca 2 · disimpan 1 · dilewati 1",
                    browser.driver().findElement(By.id("jobCounts")).getText());
            String errors = browser.driver().findElement(By.id("progress:errors")).getText();
            assertTrue(errors.contains("JP harus lebih dari 0 dan paling banyak 200"), errors);

            browser.driver().findElement(By.id("menuCompliance")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compliance:chart")));
            String units = browser.driver().findElement(By.id("compliance:units")).getText();
            assertTrue(units.contains(bidang + " – Unit " + bidang + " 1 0 8 12 0"), units);
            String table = browser.driver().findElement(By.id("compliance:table")).getText();
            assertTrue(table.contains(nip + " AAAA Layar Uji " + bidang + " 8 20 12"), table);
            assertTrue(browser.driver().findElement(By.cssSelector("a.download-xlsx")).getAttribute("href")
                    .contains("/staff/admin/compliance.xlsx?year="));
            browser.screenshot("staff-compliance");
        }
    }
}
