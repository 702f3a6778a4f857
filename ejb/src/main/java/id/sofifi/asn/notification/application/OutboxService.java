package id.sofifi.asn.notification.application;

import java.io.Serializable;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.notification.domain.Outbox;
import id.sofifi.asn.notification.domain.OutboxMessage;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The mail outbox for administrators: what was (or will be) mailed to whom. In development it is the mailbox. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxService {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Puts a mail for {@code recipient} in the outbox inside the caller's transaction, so it goes out only if the
     * change it tells about commits. Any use case may notify; reading the outbox stays with administrators.
     */
    @PermitAll
    public void queue(String recipient, String subject, String body) {
        outbox.add(new OutboxMessage(recipient, subject, body, clock.instant()));
    }

    public Page<MailView> newestFirst(String recipient, PageRequest request) {
        return outbox.newestFirst(recipient, request).map(MailView::of);
    }

    /** One outgoing mail. */
    public record MailView(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt,
            int attempts, String lastError) implements Serializable {
        static MailView of(OutboxMessage m) {
            return new MailView(m.id(), m.recipient(), m.subject(), m.body(), m.createdAt(), m.sentAt(), m.attempts(),
                    m.lastError());
        }
    }
}
