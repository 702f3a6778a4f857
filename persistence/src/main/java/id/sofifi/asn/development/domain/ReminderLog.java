package id.sofifi.asn.development.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** The reminders already sent (table reminder_sent), so that each goes out once to each recipient. */
@Dependent
public class ReminderLog {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /**
     * Notes the reminder about the employee {@code nip} as sent to {@code recipient} (the employee, or the copy to
     * their head) and answers whether this call did: false when it was sent before. The insert skips
     * an existing key ({@code ON CONFLICT DO NOTHING}); a second server inserting the same key at the same time
     * waits for the first one's transaction and then skips, so the mail is queued by exactly one of them.
     */
    public boolean markSent(String nip, DueReminder reminder, ReminderRecipient recipient, Instant now) {
        return em
                .createNativeQuery("INSERT INTO reminder_sent (nip, kind, due_key, recipient, sent_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, nip).setParameter(2, reminder.kind().name()).setParameter(3, reminder.dueKey())
                .setParameter(4, recipient.name()).setParameter(5, Timestamp.from(now)).executeUpdate() == 1;
    }
}
