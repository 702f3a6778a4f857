package id.sofifi.asn.servicequality.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Counts the submissions from one client address to one service unit in one clock hour. The count is a row that
 * each submission increments in its own transaction ({@code INSERT … ON CONFLICT DO UPDATE}), so two servers, or two
 * requests at once, never both see room for the last place.
 */
@Dependent
public class SubmissionCounter {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** Adds one submission and answers how many there are now in that hour, this one included. */
    public int increment(ServiceUnit unit, String addressHash, Instant hourStart) {
        return ((Number) em
                .createNativeQuery("INSERT INTO survey_submission_count"
                        + " (service_unit_id, address_hash, hour_start, submissions) VALUES (?1, ?2, ?3, 1)"
                        + " ON CONFLICT (service_unit_id, address_hash, hour_start)"
                        + " DO UPDATE SET submissions = survey_submission_count.submissions + 1"
                        + " RETURNING submissions")
                .setParameter(1, unit.id()).setParameter(2, addressHash).setParameter(3, Timestamp.from(hourStart))
                .getSingleResult()).intValue();
    }

    /** Forgets the counts of hours that began before {@code before}: they limit nothing any more. */
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM survey_submission_count WHERE hour_start < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
