package id.sofifi.asn.platform;

import static id.sofifi.asn.system.Browser.widget;
import static id.sofifi.asn.system.SystemTest.ADMIN_TOKEN;
import static id.sofifi.asn.system.SystemTest.send;
import static id.sofifi.asn.system.SystemTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.workforce.TestEmployees;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * The Content-Security-Policy allows no inline script, and the screens still work under it (issue 13): PrimeFaces'
 * widgets run from nonce scripts, and Chromium's console reports no violation while staff and citizens use them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CspBrowserIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jayapura"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 13: a lazy table's paging and sort, a dialog with a menu and date picker, an upload: no CSP "
            + "violation")
    void staffScreens() throws Exception {
        for (int i = 0; i < 21; i++) { // more than one page of the employee list, whatever the demo data holds
            TestEmployees.insert("Pegawai CSP " + i, "PNS", LocalDate.of(2015, 3, 1), null);
        }
        List<String> console = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signInAsAdministrator();
            console.addAll(browser.console());

            browser.open("/staff/admin/employees.xhtml");
            By activePage = By.cssSelector("#employees\\:table .ui-paginator-page.ui-state-active");
            browser.waiting().until(ExpectedConditions.textToBe(activePage, "1"));
            driver.findElement(By.cssSelector("#employees\\:table_paginator_bottom .ui-paginator-next")).click();
            browser.waiting().until(ExpectedConditions.textToBe(activePage, "2"));
            By nameHeader = By.xpath("//*[@id='employees:table']//th[.//span[normalize-space()='Nama']]");
            driver.findElement(nameHeader).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(nameHeader, "aria-sort", "ascending"));
            console.addAll(browser.console());

            String code = unique("CSP");
            browser.open("/staff/admin/trainings.xhtml");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("trainings:add"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trainingDialogForm:code")))
                    .sendKeys(code);
            driver.findElement(By.id("trainingDialogForm:title")).sendKeys("Keamanan Aplikasi Web");
            browser.choose("trainingDialogForm:partner", "Universitas Khairun");
            driver.findElement(By.id("trainingDialogForm:jp")).sendKeys("8");
            driver.findElement(By.id("trainingDialogForm:capacity")).sendKeys("10");
            driver.findElement(By.id("trainingDialogForm:startsOn_input")).click();
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("trainingDialogForm:startsOn_panel")));
            ((JavascriptExecutor) driver).executeScript(
                    "PF(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));"
                            + "PF(arguments[4]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]))",
                    widget(driver, "trainingDialogForm:startsOn"), TODAY.getYear(), TODAY.getMonthValue(),
                    TODAY.getDayOfMonth(), widget(driver, "trainingDialogForm:endsOn"));
            driver.findElement(By.id("trainingDialogForm:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trainings:table"), code));
            console.addAll(browser.console());

            browser.open("/staff/imports.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
            browser.choose("import:period",
                    "CPNS-" + TODAY.getYear() + " – Seleksi CPNS Pemerintah Provinsi Maluku Utara " + TODAY.getYear());
            driver.findElement(By.id("import:file")).sendKeys(upload().toString());
            driver.findElement(By.id("import:start")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jobStatus"), "Selesai"));
            assertEquals("dibaca 1 · disimpan 0 · dilewati 1", driver.findElement(By.id("jobCounts")).getText());
            console.addAll(browser.console());
        }
        assertNoViolation(console);
    }

    @Test
    @DisplayName("Issue 13: a citizen files a complaint and answers a survey: no CSP violation")
    void citizenPages() throws Exception {
        String unit = unique("CSP");
        HttpResponse<String> created = send("POST", "/api/v1/service-units", ADMIN_TOKEN,
                "{\"code\":\"%s\",\"name\":\"Loket CSP\",\"workUnitCode\":\"RSUD\",\"annualUsers\":400}"
                        .formatted(unit));
        assertEquals(201, created.statusCode(), created.body());
        List<String> console = new ArrayList<>();
        try (Browser phone = Browser.startPhone()) {
            WebDriver driver = phone.driver();
            phone.open("/lapor.xhtml");
            driver.findElement(By.id("title")).sendKeys("Lampu jalan padam");
            driver.findElement(By.id("body")).sendKeys("Lampu jalan di depan kantor gubernur padam sejak sepekan.");
            new Select(driver.findElement(By.id("workUnitCode"))).selectByValue("BKD");
            driver.findElement(By.cssSelector("input[name='privacy'][value='PUBLIC']")).click();
            driver.findElement(By.id("send")).click();
            String code = phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trackingCode")))
                    .getText();
            assertTrue(code.startsWith("LAP-"), code);
            console.addAll(phone.console());

            phone.open("/survei.xhtml?unit=" + unit);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey")));
            driver.findElement(By.cssSelector("label[for='u1-4']")).click();
            driver.findElement(By.id("send")).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
            console.addAll(phone.console());
        }
        assertNoViolation(console);
    }

    /** An application export with one row the import refuses (a GPA above 4), enough to run the job to its end. */
    private static Path upload() throws Exception {
        String csv = "registration_number,nik,full_name,birth_date,sex,formation_code,education,gpa,email,"
                + "administration_result\n" + unique("CSP") + "-1,"
                + SystemTest.nik("827103", LocalDate.of(1994, 5, 6), true, 13)
                + ",Nurhayati Tidore,1994-05-06,F,DPUPR-TEKSIPIL-01,S-1 Teknik Sipil,4.50,,\n";
        return Files.writeString(
                Files.createDirectories(Path.of(System.getProperty("asn.test.work.dir", "target"), "uploads"))
                        .resolve("csp.csv"),
                csv, StandardCharsets.UTF_8).toAbsolutePath();
    }

    private static void assertNoViolation(List<String> console) {
        List<String> violations = console.stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertTrue(violations.isEmpty(), "CSP violations: " + violations + "\nwhole console: " + console);
        // a script error would show a handler that broke when PrimeFaces moved it; the icon no page names is not one
        assertTrue(console.stream().noneMatch(m -> m.startsWith("SEVERE") && !m.contains("favicon.ico")),
                "console errors: " + console);
    }
}
