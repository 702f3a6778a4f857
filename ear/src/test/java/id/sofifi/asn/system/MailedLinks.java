package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Links the system mails to people, read where an administrator reads them: the outbox screen. */
public final class MailedLinks {
    private MailedLinks() {
    }

    /** The first match of {@code link} (its group 1) in the newest mail to {@code email}. */
    public static String newest(String email, Pattern link) throws IOException {
        try (Browser admin = Browser.start()) {
            admin.signInAsAdministrator();
            admin.driver().findElement(By.id("menuOutbox")).click();
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outbox:table")));
            admin.driver().findElement(By.cssSelector("#outbox\\:table input.ui-column-filter")).sendKeys(email);
            admin.waiting()
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#outbox\\:table tbody tr"), 1));
            Matcher found = link
                    .matcher(admin.driver().findElement(By.cssSelector("#outbox\\:table tbody tr")).getText());
            assertTrue(found.find(), "the outbox holds the mail with the link");
            return found.group(1);
        }
    }
}
