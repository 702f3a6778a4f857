package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Survey responses as stored, and their sums for the index. */
@Dependent
public class SurveyResponseRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /**
     * Stores a response at once, so that a receipt code two responses used at the same moment is refused as a
     * conflict (its version, or the unique key of the response's receipt) inside the use case.
     */
    public void add(SurveyResponse response) {
        Flushing.persist(em, response, "receiptCode.used");
    }

    /**
     * The tally of the unit's responses served in [{@code from}, {@code to}]: one aggregate statement, so the index
     * of 200,000 responses costs one index range scan; {@code SUM} and {@code COUNT} of a column skip its blanks.
     */
    public IkmTally tally(ServiceUnit unit, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        for (int u = 1; u <= SurveyElement.COUNT; u++) {
            sql.append(", COALESCE(SUM(u").append(u).append("), 0), COUNT(u").append(u).append(')');
        }
        sql.append(" FROM survey_response WHERE service_unit_id = ?1 AND served_on BETWEEN ?2 AND ?3");
        Object[] row = (Object[]) em.createNativeQuery(sql.toString()).setParameter(1, unit.id()).setParameter(2, from)
                .setParameter(3, to).getSingleResult();
        List<Long> sums = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        for (int u = 0; u < SurveyElement.COUNT; u++) {
            sums.add(((Number) row[1 + 2 * u]).longValue());
            answered.add(((Number) row[2 + 2 * u]).longValue());
        }
        return new IkmTally(((Number) row[0]).longValue(), sums, answered);
    }

    public long count(ServiceUnit unit) {
        return em.createQuery("SELECT COUNT(r) FROM SurveyResponse r WHERE r.serviceUnit = :unit", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }
}
