package id.sofifi.asn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An operator imports an applicant export on the staff screen and reads which rows were refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("The import screen runs the job, shows its counts and the refused row, and offers the error report")
    void operatorImports() throws Exception {
        LocalDate birth = LocalDate.of(1993, 11, 2);
        String prefix = SystemTest.unique("UI");
        String csv = "registration_number,nik,full_name,birth_date,sex,formation_code,education,gpa,"
                + "email,administration_result\n" + prefix + "-1," + SystemTest.nik("827103", birth, false, 71)
                + ",Arif Jailolo,1993-11-02,M," + "DPUPR-TEKSIPIL-01,S-1 Teknik Sipil,3.21,,\n" + prefix + "-2,"
                + SystemTest.nik("827103", birth, false, 72) + ",Umar Weda,1993-11-02,M,"
                + "DPUPR-TEKSIPIL-01,S-1 Teknik Sipil,5.10,,\n";
        Path file = Files.writeString(
                Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir", "target"), "uploads"))
                        .resolve("ekspor.csv"),
                csv, StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            browser.open("/login.xhtml");
            browser.driver().findElement(By.id("username")).sendKeys("operator");
            browser.driver().findElement(By.id("password")).sendKeys("oper123");
            browser.driver().findElement(By.id("submit")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("menuImports"))).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
            // the demo's open period, where DPUPR-TEKSIPIL-01 is; the menu also offers last year's finished one
            int year = LocalDate.now(java.time.ZoneId.of("Asia/Jayapura")).getYear();
            browser.choose("import:period",
                    "CPNS-" + year + " – Seleksi CPNS Pemerintah Provinsi Maluku Utara " + year);
            browser.driver().findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.id("import:start")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jobStatus"), "Selesai"));
            assertEquals("dibaca 2 · disimpan 1 · dilewati 1",
                    browser.driver().findElement(By.id("jobCounts")).getText());
            String errors = browser.driver().findElement(By.id("progress:errors")).getText();
            assertTrue(errors.contains("gpa") && errors.contains("IPK harus antara 0,00 dan 4,00"), errors);
            assertTrue(browser.driver().findElement(By.id("report")).getAttribute("href")
                    .contains("/staff/import-errors.csv?job="));
            browser.screenshot("staff-import");
        }
        assertEquals(200, SystemTest.send("GET", "/api/v1/applications/" + prefix + "-1", SystemTest.AGENCY_TOKEN, null)
                .statusCode(), "the good row was stored");
    }
}
