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
import java.util.Set;
import java.util.stream.Collectors;

/** Complaints as stored, found by their tracking code. */
@Dependent
public class ComplaintRepository {
    private static final List<ComplaintStatus> OPEN = List.of(ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED,
            ComplaintStatus.FOLLOWED_UP);
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

    /** The cases routed to the unit that await or carry its follow-up, oldest (most urgent) first. */
    public List<Complaint> routedTo(long workUnitId) {
        return em
                .createQuery("SELECT c FROM Complaint c WHERE c.workUnitId = :unit AND c.status IN :working"
                        + " ORDER BY c.receivedAt, c.id", Complaint.class)
                .setParameter("unit", workUnitId)
                .setParameter("working", List.of(ComplaintStatus.ROUTED, ComplaintStatus.FOLLOWED_UP)).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    }

    public boolean codeTaken(String code) {
        return findByTrackingCode(code).isPresent();
    }

    /**
     * The cases that may duplicate {@code complaint}: about the same unit, received within {@code days} days before
     * or after it, not refused or merged themselves, newest first.
     */
    public List<Complaint> sameUnitAround(Complaint complaint, int days) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.workUnitId = :unit AND c.id <> :id"
                + " AND c.status <> :rejected AND c.receivedAt BETWEEN :from AND :to ORDER BY c.receivedAt DESC",
                Complaint.class).setParameter("unit", complaint.workUnitId()).setParameter("id", complaint.id())
                .setParameter("rejected", ComplaintStatus.REJECTED)
                .setParameter("from", complaint.receivedAt().minus(java.time.Duration.ofDays(days)))
                .setParameter("to", complaint.receivedAt().plus(java.time.Duration.ofDays(days))).getResultList();
    }

    /** The cases still running (received, routed or followed up), oldest first: what the deadline sweep looks at. */
    public List<Complaint> open() {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.status IN :open ORDER BY c.receivedAt, c.id",
                Complaint.class).setParameter("open", OPEN).getResultList();
    }

    /** The escalations already made for the running cases, by case id. */
    public Map<Long, Set<EscalationLadder.Due>> escalationsOfOpenCases() {
        return em
                .createQuery("SELECT e FROM Escalation e WHERE e.complaintId IN"
                        + " (SELECT c.id FROM Complaint c WHERE c.status IN :open)", Escalation.class)
                .setParameter("open", OPEN).getResultStream().collect(Collectors.groupingBy(Escalation::complaintId,
                        Collectors.mapping(e -> new EscalationLadder.Due(e.step(), e.level()), Collectors.toSet())));
    }

    /**
     * Records an escalation unless the same case, step and level was escalated already (by this or another server in
     * the same moment): true only for the one that wrote the row, which is then the one that tells people.
     */
    public boolean escalate(Escalation escalation) {
        return em.createNativeQuery(
                "INSERT INTO complaint_escalation (complaint_id, step, level, escalated_on, recipient)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT complaint_escalation_uk DO NOTHING")
                .setParameter(1, escalation.complaintId()).setParameter(2, escalation.step().name())
                .setParameter(3, escalation.level().name()).setParameter(4, escalation.escalatedOn())
                .setParameter(5, escalation.recipient()).executeUpdate() == 1;
    }

    /**
     * Takes the deadline sweep's lock for this transaction if no one holds it: with several servers each runs the
     * daily sweep, and the one that finds it taken leaves the work to the other.
     */
    public boolean lockSweep() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('complaint-deadline-sweep'))")
                .getSingleResult();
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
        return rows.stream().map(r -> caseDates((Object[]) r, 0)).toList();
    }

    /**
     * The dates of every case received in [{@code from}, {@code until}) about the unit {@code scopeCode} and the
     * units below it, or about any unit when {@code scopeCode} is null, by the code of the unit each case is about:
     * one statement for the whole public dashboard.
     */
    public Map<String, List<CaseDates>> casesByUnit(String scopeCode, Instant from, Instant until) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE units AS (SELECT id, code FROM work_unit"
                + " WHERE (?1 = '' AND parent_id IS NULL) OR code = ?1 UNION ALL SELECT w.id, w.code FROM work_unit w JOIN units u ON w.parent_id = u.id)"
                + " SELECT u.code, c.status, c.received_at, c.routed_on, c.followed_up_on FROM complaint c"
                + " JOIN units u ON u.id = c.work_unit_id WHERE c.received_at >= ?2 AND c.received_at < ?3")
                .setParameter(1, scopeCode == null ? "" : scopeCode).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(until)).getResultList();
        return rows.stream().map(r -> (Object[]) r).collect(Collectors.groupingBy(r -> (String) r[0],
                Collectors.mapping(r -> caseDates(r, 1), Collectors.toList())));
    }

    /** A case's dates from the columns status, received_at, routed_on, followed_up_on starting at {@code first}. */
    private static CaseDates caseDates(Object[] row, int first) {
        return new CaseDates(ComplaintStatus.valueOf((String) row[first]),
                Complaint.localDate(((Timestamp) row[first + 1]).toInstant()), day(row[first + 2]),
                day(row[first + 3]));
    }

    private static LocalDate day(Object column) {
        return column == null ? null : ((Date) column).toLocalDate();
    }
}
