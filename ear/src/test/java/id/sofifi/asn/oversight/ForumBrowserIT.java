package id.sofifi.asn.oversight;

import static id.sofifi.asn.system.SystemTest.object;
import static id.sofifi.asn.system.SystemTest.send;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.Browser;
import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
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

/**
 * Issue 12's forum in a browser: the demo citizen posts on a topic from a phone; an administrator hides the post with
 * a reason and gives the official answer; anyone then reads the answer with its audit hash and the hidden post's
 * reason in its place, and the act in the public moderation log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 12: a forum topic gets an official answer and a moderated post and is closed with a reason,"
            + " all visible to the public")
    void answerAndModeration() throws Exception {
        JsonObject disdik = object(send("GET", "/api/v1/forum/topics?workUnit=DISDIK", null, null))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").equals("Perbaikan atap ruang kelas")).findFirst().orElseThrow();
        String topicPage = "/forum/topik.xhtml?id=" + disdik.getJsonNumber("id").longValue();
        String post = "Iklan jasa " + SystemTest.unique("X") + " hubungi kami sekarang";
        try (Browser citizen = Browser.startPhone()) {
            citizen.signIn("warga@sofifi.example", "Warga-Sofifi-2026", "topics");
            citizen.open(topicPage);
            WebDriver driver = citizen.driver();
            driver.findElement(By.id("postBody")).sendKeys(post);
            driver.findElement(By.id("post")).click();
            citizen.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("posts"), post));
        }
        String reason = "promosi dagang, bukan masukan";
        String answer = "Atap dua ruang kelas diperbaiki pada bulan depan dari anggaran pemeliharaan.";
        String closing = "jawaban resmi sudah diberikan";
        try (Browser staff = Browser.start()) {
            staff.signInAsAdministrator();
            staff.open(topicPage);
            WebDriver driver = staff.driver();
            driver.findElement(By.id("reason")).sendKeys(reason);
            driver.findElement(
                    By.xpath("//ol[@id='posts']/li[contains(., '" + post + "')]//input[@value='Sembunyikan']")).click();
            staff.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("posts"),
                    "disembunyikan oleh moderator: " + reason));
            driver.findElement(By.id("answerText")).sendKeys(answer);
            driver.findElement(By.id("giveAnswer")).click();
            staff.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"), answer));
            driver.findElement(By.id("closeReason")).sendKeys(closing);
            driver.findElement(By.id("closeTopic")).click();
            staff.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("closing"), closing));
            assertTrue(driver.findElements(By.id("giveAnswer")).isEmpty(), "a closed topic takes no answer");
        }
        try (Browser anyone = Browser.startPhone()) {
            anyone.open(topicPage);
            String page = anyone.driver().findElement(By.tagName("main")).getText();
            assertTrue(page.contains(answer) && page.contains("disembunyikan oleh moderator: " + reason)
                    && !page.contains(post) && page.contains("Topik ini ditutup oleh admin") && page.contains(closing),
                    page);
            assertTrue(anyone.driver().findElement(By.id("answerHash")).getText().matches("(?s).*[0-9a-f]{64}.*"),
                    anyone.driver().findElement(By.id("answerHash")).getText());
            assertTrue(anyone.driver().findElement(By.id("moderation")).getText().contains(reason), page);
            anyone.screenshot("forum-answer-moderation-phone");
        }
    }
}
