package id.sofifi.asn.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Links the system mails to people, read where an administrator reads them: the outbox screen. */
public final class MailedLinks {
    private MailedLinks() {
    }

    /**
     * The first match of {@code link} (its group 1) in the newest mail to {@code email} that carries one. Other mails
     * to the same address may stand beside it: a daily timer (the 07:00 WIT training reminder) mails whoever is due
     * whenever the suite happens to run at that hour.
     */
    public static String newest(String email, Pattern link) throws IOException {
        try (Browser admin = Browser.start()) {
            admin.signInAsAdministrator();
            admin.driver().findElement(By.id("menuOutbox")).click();
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outbox:table")));
            admin.driver().findElement(By.cssSelector("#outbox\\:table input.ui-column-filter")).sendKeys(email);
            By rows = By.cssSelector("#outbox\\:table tbody tr");
            // the filter re-renders the rows while they are read: a row gone meanwhile is read again next round, and
            // only a row of this address counts (before the filter applies, the newest mails of anyone are listed)
            return admin.waiting().until(d -> {
                try {
                    return d.findElements(rows).stream().map(WebElement::getText).filter(row -> row.contains(email))
                            .map(link::matcher).filter(Matcher::find).findFirst().map(found -> found.group(1))
                            .orElse(null);
                } catch (WebDriverException e) {
                    return null;
                }
            });
        }
    }
}
