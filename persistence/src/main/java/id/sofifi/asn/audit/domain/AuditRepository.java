package id.sofifi.asn.audit.domain;

import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Appends to and reads the audit chain. */
@Dependent
public class AuditRepository {
    /** Any constant serves; it only has to be the same for every writer of the chain. */
    private static final long CHAIN_LOCK = 0x41534e5f41554449L;

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /**
     * Appends one event after the current head. A transaction-scoped advisory lock serialises writers,
     * so two concurrent use cases can never both chain onto the same head.
     */
    public AuditEvent append(AuditEntry entry) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        Optional<AuditEvent> head = em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.seq DESC", AuditEvent.class)
                .setMaxResults(1).getResultStream().findFirst();
        AuditEvent event = head.map(h -> new AuditEvent(h.seq() + 1, h.hash(), entry))
                .orElseGet(() -> new AuditEvent(1, AuditChain.GENESIS, entry));
        em.persist(event);
        return event;
    }

    public Page<AuditEvent> newestFirst(PageRequest request, String text) {
        String where = text == null || text.isBlank()
                ? ""
                : " WHERE LOWER(e.subjectKey) LIKE :t OR LOWER(e.actor) LIKE :t OR LOWER(e.action) LIKE :t";
        var query = em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.seq DESC", AuditEvent.class);
        var count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = LikePattern.containing(text);
            query.setParameter("t", pattern);
            count.setParameter("t", pattern);
        }
        List<AuditEvent> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    /**
     * Every event in chain order, read a thousand at a time and let go after each batch, so that
     * verifying a long chain does not hold it all in memory. For read-only use cases.
     */
    public Iterator<AuditEvent> inChainOrder() {
        return new Iterator<>() {
            private Iterator<AuditEvent> batch = Collections.emptyIterator();
            private long lastSeq;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    em.clear();
                    List<AuditEvent> next = em
                            .createQuery("SELECT e FROM AuditEvent e WHERE e.seq > :after ORDER BY e.seq",
                                    AuditEvent.class)
                            .setParameter("after", lastSeq).setMaxResults(BATCH).getResultList();
                    exhausted = next.size() < BATCH;
                    if (!next.isEmpty()) {
                        lastSeq = next.get(next.size() - 1).seq();
                    }
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public AuditEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }
}
