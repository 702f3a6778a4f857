package id.sofifi.asn.recruitment.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The applicant documents under the retention schedule (§6), set-based: the periods whose retention ended, and the
 * deletion of a period's documents leaving one {@code deleted_document} row each.
 */
@Dependent
public class RetainedDocuments {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** A period whose documents are due: kept until {@code retainedUntil}, {@code documents} still stored. */
    public record DuePeriod(long id, String code, LocalDate retainedUntil, long documents) {
    }

    /** Lets one server sweep at a time, for the rest of the transaction; false when another one is sweeping. */
    public boolean lockSweep() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('document-retention-sweep'))")
                .getSingleResult();
    }

    /** The periods whose retention ended before {@code today} and that still have documents. */
    public List<DuePeriod> due(LocalDate today) {
        List<?> rows = em.createNativeQuery("SELECT p.id, p.code, p.documents_retained_until, COUNT(d.id)"
                + " FROM selection_period p JOIN application a ON a.period_id = p.id"
                + " JOIN application_document d ON d.application_id = a.id WHERE p.documents_retained_until < ?1"
                + " GROUP BY p.id, p.code, p.documents_retained_until ORDER BY p.code").setParameter(1, today)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DuePeriod(((Number) r[0]).longValue(), (String) r[1],
                ((java.sql.Date) r[2]).toLocalDate(), ((Number) r[3]).longValue())).toList();
    }

    /**
     * Deletes the documents of a period, recording each in {@code deleted_document}; answers the SHA-256 of the files
     * no document, SKP evidence or complaint attachment refers to any more, which the caller removes from the store.
     */
    @SuppressWarnings("unchecked")
    public List<String> delete(long periodId, Instant now) {
        em.createNativeQuery("INSERT INTO deleted_document (application_id, requirement_code, size_bytes, deleted_at)"
                + " SELECT d.application_id, d.requirement_code, d.size_bytes, ?2 FROM application_document d"
                + " JOIN application a ON a.id = d.application_id WHERE a.period_id = ?1 ON CONFLICT DO NOTHING")
                .setParameter(1, periodId).setParameter(2, Timestamp.from(now)).executeUpdate();
        List<String> removed = em
                .createNativeQuery("DELETE FROM application_document d USING application a"
                        + " WHERE a.id = d.application_id AND a.period_id = ?1 RETURNING d.sha256")
                .setParameter(1, periodId).getResultList();
        if (removed.isEmpty()) {
            return removed;
        }
        return em
                .createNativeQuery("SELECT DISTINCT h FROM unnest(CAST(?1 AS text[])) AS h"
                        + " WHERE NOT EXISTS (SELECT 1 FROM application_document WHERE sha256 = h)"
                        + " AND NOT EXISTS (SELECT 1 FROM skp_evidence WHERE sha256 = h)"
                        + " AND NOT EXISTS (SELECT 1 FROM complaint_attachment WHERE sha256 = h)")
                .setParameter(1, "{" + String.join(",", removed.stream().map(String::strip).toList()) + "}")
                .getResultList();
    }
}
