package id.sofifi.asn.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links the system mails, read from the mail outbox table without a browser (MailedLinks reads them on the
 * administrator's outbox screen): for tests that only need the link to go on.
 */
public final class Outbox {
    private Outbox() {
    }

    /** Group 1 of {@code link} in the newest mail to {@code email}. */
    public static String newestLink(String email, Pattern link) throws Exception {
        try (Connection db = EmbeddedDatabase.superuser(SystemTest.DB_PORT);
                PreparedStatement query = db.prepareStatement(
                        "SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a mail to " + email);
                Matcher found = link.matcher(rows.getString(1));
                assertTrue(found.find(), "the mail to " + email + " carries the link");
                return found.group(1);
            }
        }
    }
}
