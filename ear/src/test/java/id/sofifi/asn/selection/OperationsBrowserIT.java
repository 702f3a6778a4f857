package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The operator starts the SKD ranking on the operations screen, watches it complete, and reads an explained result. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsBrowserIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Start skd-ranking, see progress reach all formations and the run in the history; S7 explained")
    void operatorRunsTheRanking() throws Exception {
        String p = SelectionFixture.period("OPS", 2045);
        SelectionFixture.formation(p, "FG", "Analis SDM", "S-1 Psikologi", "GENERAL", 1);
        SelectionFixture.formation(p, "FC", "Analis SDM", "S-1 Psikologi", "CUMLAUDE", 1);
        LocalDate birth = LocalDate.of(1997, 1, 15);
        List<String> names = List.of("A", "B", "C", "D", "E");
        List<String> applications = new java.util.ArrayList<>(List.of(SelectionFixture.APPLICATIONS));
        for (int i = 0; i < names.size(); i++) {
            applications.add(p + "-" + names.get(i) + "," + SystemTest.nik("827202", birth, true, i + 1) + ",Peserta "
                    + names.get(i) + ",1997-01-15,F," + (i < 4 ? "FG" : "FC") + ",S-1 Psikologi,3.10,,MS");
        }
        assertEquals(5, SelectionFixture.csvJob(p, "application-imports", applications).getInt("written"));
        assertEquals(5,
                SelectionFixture.csvJob(p, "skd-score-imports",
                        List.of("registration_number,twk,tiu,tkp,attendance", p + "-A,120,120,170,PRESENT",
                                p + "-B,115,115,170,PRESENT", p + "-C,95,110,180,PRESENT", p + "-D,110,100,175,PRESENT",
                                p + "-E,60,85,170,PRESENT"))
                        .getInt("written"));

        try (Browser browser = Browser.start()) {
            browser.signInAsOperator();
            browser.open("/staff/operations.xhtml?period=" + p);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ops:startSkd"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            // the screen first follows the latest run (the score import); then the ranking it started
            browser.waiting().until(ExpectedConditions.textToBe(By.id("runFormations"), "Formasi selesai: 2 / 2"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("runStatus"), "Selesai"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmYes")));
            String history = browser.driver().findElement(By.id("ops:history")).getText();
            assertTrue(history.contains("Pemeringkatan SKD") && history.contains("Selesai")
                    && history.contains("operator"), history);
            browser.screenshot("operations");

            // S7: D has the same total as C (385) and is fourth on TKP, outside 3 × 1 seat
            browser.open("/staff/hasil.xhtml?no=" + p + "-D");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("skdCode")));
            assertEquals("P", browser.driver().findElement(By.id("skdCode")).getText());
            assertEquals("4", browser.driver().findElement(By.id("skdRank")).getText());
            assertEquals("Penentu urutan terhadap peserta di atasnya: nilai TKP",
                    browser.driver().findElement(By.id("skdTieBreak")).getText());
            String page = browser.driver().findElement(By.className("explanation")).getText();
            assertTrue(page.contains("Peserta terakhir yang lanjut berada di peringkat 3: 385"), page);
            assertTrue(page.contains("TKP 175 ≥ 166 – memenuhi"), page);
            browser.screenshot("explanation");
        }
    }
}
