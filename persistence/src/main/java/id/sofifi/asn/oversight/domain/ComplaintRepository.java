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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The dates of every case of the unit {@code workUnitCode} and the units below it received in [{@code from},
     * {@code until}): one statement over the cases, for the statistics.
     */
    public List<CaseDates> casesOf(String workUnitCode, Instant from, Instant until) {
        List<?> rows = em
                .createNativeQuery("WITH RECURSIVE units AS (SELECT id FROM work_unit WHERE code = ?1"
                        + " UNION ALL SELECT w.id FROM work_unit w JOIN units u ON w.parent_id = u.id)"
                        + " SELECT status, received_at, routed_on, followed_up_on FROM complaint"
                        + " WHERE work_unit_id IN (SELECT id FROM units) AND received_at >= ?2 AND received_at < ?3")
                .setParameter(1, workUnitCode).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(until)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CaseDates(ComplaintStatus.valueOf((String) r[0]),
                Complaint.localDate(((Timestamp) r[1]).toInstant()), day(r[2]), day(r[3]))).toList();
    }

    private static LocalDate day(Object column) {
        return column == null ? null : ((Date) column).toLocalDate();
    }
}
