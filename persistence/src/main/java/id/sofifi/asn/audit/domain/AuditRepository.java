package id.sofifi.asn.audit.domain;

import id.sofifi.asn.kernel.LikePattern;
import id.sofifi.asn.kernel.Page;
import id.sofifi.asn.kernel.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Appends to and reads the audit chain. */
@Dependent
public class AuditRepository {
    /** Any constant serves; it only has to be the same for every writer of the chain. */
    private static final long CHAIN_LOCK = 0x41534e5f41554449L;

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
        AuditEvent event = head
                .map(h -> new AuditEvent(h.seq() + 1, h.hash(), entry))
                .orElseGet(() -> new AuditEvent(1, AuditChain.GENESIS, entry));
        em.persist(event);
        return event;
    }

    public Page<AuditEvent> newestFirst(PageRequest request, String text) {
        String where = text == null || text.isBlank() ? ""
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

    /** Every event in chain order, streamed so that a long chain is not held in memory at once. */
    public Stream<AuditEvent> inChainOrder() {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.seq", AuditEvent.class)
                .setHint("eclipselink.read-only", "true")
                .getResultStream();
    }
}
