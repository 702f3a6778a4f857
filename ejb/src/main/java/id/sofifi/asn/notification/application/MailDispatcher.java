package id.sofifi.asn.notification.application;

import id.sofifi.asn.notification.domain.Outbox;
import id.sofifi.asn.notification.domain.OutboxMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox through the server's mail session when {@code ASN_MAIL_ENABLED=true}; without it
 * (development) the outbox screen is the mailbox. Rows are locked while sent, so two nodes never send
 * one mail twice; a mail that fails is retried on later runs, at most {@value #MAX_ATTEMPTS} times.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // its timer may fire while the deployment starts, before the outbox table exists
public class MailDispatcher {
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void dispatch() {
        if (!"true".equalsIgnoreCase(System.getenv("ASN_MAIL_ENABLED"))) {
            return;
        }
        for (OutboxMessage message : outbox.lockUnsent(BATCH, MAX_ATTEMPTS)) {
            try {
                MimeMessage mime = new MimeMessage(mail);
                mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.recipient()));
                mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
                Transport.send(mime);
                message.sent(clock.instant());
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "mail " + message.id() + " not sent: " + e.getMessage());
                message.failed(e.getMessage());
            }
        }
    }
}
