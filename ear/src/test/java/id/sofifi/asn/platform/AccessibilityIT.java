package id.sofifi.asn.platform;

import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Accessibility;
import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every staff screen, seen by each role that has it, and the public pages pass axe-core's WCAG 2.0/2.1 A and AA
 * rules (issue 11: "every staff screen passes an automated WCAG 2 A/AA check").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {
    private static final List<String> ADMIN_SCREENS = List.of("/staff/index.xhtml", "/staff/verification.xhtml",
            "/staff/announcements.xhtml", "/staff/imports.xhtml", "/staff/operations.xhtml", "/staff/results.xhtml",
            "/staff/admin/periods.xhtml", "/staff/admin/formations.xhtml", "/staff/admin/requirements.xhtml",
            "/staff/admin/work-units.xhtml", "/staff/admin/employees.xhtml", "/staff/admin/employee-imports.xhtml",
            "/staff/admin/training-partners.xhtml", "/staff/admin/trainings.xhtml",
            "/staff/admin/training-record-imports.xhtml", "/staff/admin/compliance.xhtml",
            "/staff/admin/service-units.xhtml", "/staff/admin/complaints.xhtml", "/staff/admin/complaint-imports.xhtml",
            "/staff/admin/survey-flags.xhtml", "/staff/admin/evaluators.xhtml", "/staff/admin/skp-curves.xhtml",
            "/staff/reports.xhtml", "/staff/admin/audit.xhtml", "/staff/admin/outbox.xhtml",
            "/staff/admin/api-clients.xhtml");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/masuk.xhtml", "/daftar.xhtml",
            "/cek-pendaftaran.xhtml", "/hasil-seleksi.xhtml", "/pelatihan.xhtml", "/sertifikat.xhtml", "/lapor.xhtml",
            "/lapor/status.xhtml", "/forum/index.xhtml", "/forum/daftar.xhtml", "/ikm.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 11: the administrator's screens, a complaint case among them, pass WCAG 2 A/AA")
    void administratorScreens() throws Exception {
        HttpResponse<String> filed = send("POST", "/api/v1/complaints", null, """
                {"kind":"COMPLAINT","privacy":"PUBLIC","title":"Antrean loket terlalu panjang",
                 "body":"Saya menunggu dua jam di loket pelayanan.","workUnitCode":"BKD"}""");
        assertEquals(201, filed.statusCode(), filed.body());
        String code = SystemTest.object(filed).getString("trackingCode");
        try (Browser browser = Browser.start()) {
            browser.signInAsAdministrator();
            List<String> screens = new java.util.ArrayList<>(ADMIN_SCREENS);
            screens.add("/staff/admin/complaint.xhtml?kode=" + code);
            assertAccessible(browser, screens);
        }
    }

    @Test
    @DisplayName("Issue 11: the operator's, verifier's and supervisor's screens pass WCAG 2 A/AA")
    void otherRolesScreens() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.signInAsOperator();
            assertAccessible(browser, List.of("/staff/index.xhtml", "/staff/imports.xhtml", "/staff/operations.xhtml",
                    "/staff/results.xhtml"));
        }
        try (Browser browser = Browser.start()) {
            browser.signIn("verifikator", "verif123", "menuVerification");
            assertAccessible(browser, List.of("/staff/verification.xhtml"));
        }
        try (Browser browser = Browser.start()) {
            browser.signIn("supervisor", "super123", "menuAnnouncements");
            assertAccessible(browser, List.of("/staff/announcements.xhtml"));
        }
    }

    @Test
    @DisplayName("Issue 11: the public pages pass WCAG 2 A/AA")
    void publicPages() throws Exception {
        try (Browser browser = Browser.start()) {
            assertAccessible(browser, PUBLIC_PAGES);
        }
    }

    private static void assertAccessible(Browser browser, List<String> pages) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String page : pages) {
            browser.open(page);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            List<String> found = Accessibility.violations(browser);
            if (!found.isEmpty()) {
                failures.put(page, found);
            }
        }
        assertTrue(failures.isEmpty(), Accessibility.describe(failures));
    }
}
