package id.sofifi.asn.notification.domain;

import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The mail outbox: messages waiting to be sent, and the record of those sent. */
@Dependent
public class Outbox {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public void add(OutboxMessage message) {
        em.persist(message);
    }

    /** The oldest unsent messages, locked so that two dispatchers never send one twice. */
    public List<OutboxMessage> lockUnsent(int limit, int maxAttempts) {
        return em
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.attempts < :max" + " ORDER BY m.id",
                        OutboxMessage.class)
                .setParameter("max", maxAttempts).setMaxResults(limit).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public Page<OutboxMessage> newestFirst(String recipient, PageRequest request) {
        String where = recipient == null || recipient.isBlank() ? "" : " WHERE LOWER(m.recipient) LIKE :r";
        var query = em.createQuery("SELECT m FROM OutboxMessage m" + where + " ORDER BY m.id DESC",
                OutboxMessage.class);
        var count = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where, Long.class);
        if (!where.isEmpty()) {
            query.setParameter("r", LikePattern.containing(recipient));
            count.setParameter("r", LikePattern.containing(recipient));
        }
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }
}
