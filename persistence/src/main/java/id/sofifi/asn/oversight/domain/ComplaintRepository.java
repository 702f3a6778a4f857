package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Complaints as stored, found by their tracking code. */
@Dependent
public class ComplaintRepository {
    private static final Map<String, String> SORTS = Map.of("trackingCode", "e.trackingCode", "title", "e.title",
            "receivedAt", "e.receivedAt", "status", "e.status");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Complaint> findByTrackingCode(String code) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.trackingCode = :code", Complaint.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    /**
     * One page of cases, oldest (most urgent) first unless sorted otherwise, of the status (null: any) whose tracking code or title
     * contains the text.
     */
    public Page<Complaint> search(ComplaintStatus status, String text, PageRequest request) {
        String from = " FROM Complaint e WHERE (LOWER(e.trackingCode) LIKE :text OR LOWER(e.title) LIKE :text)"
                + (status == null ? "" : " AND e.status = :status");
        TypedQuery<Complaint> items = em.createQuery(
                "SELECT e" + from + " ORDER BY " + request.orderBy(SORTS, "e.receivedAt") + ", e.id", Complaint.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        String pattern = LikePattern.containing(text);
        for (TypedQuery<?> query : List.of(items, total)) {
            query.setParameter("text", pattern);
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        return new Page<>(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), total.getSingleResult());
    }

    /** The cases of the work unit received in [{@code from}, {@code to}), oldest first. */
    public List<Complaint> ofUnit(long workUnitId, Instant from, Instant to) {
        return em
                .createQuery("SELECT c FROM Complaint c WHERE c.workUnitId = :unit AND c.receivedAt >= :from"
                        + " AND c.receivedAt < :to ORDER BY c.receivedAt, c.id", Complaint.class)
                .setParameter("unit", workUnitId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    }

    public boolean codeTaken(String code) {
        return findByTrackingCode(code).isPresent();
    }

    /** Stores a new case; a tracking code drawn twice at the same moment is a conflict, not a duplicate row. */
    public void add(Complaint complaint) {
        Flushing.persist(em, complaint, "complaint.codeTaken", complaint.trackingCode());
    }
}
