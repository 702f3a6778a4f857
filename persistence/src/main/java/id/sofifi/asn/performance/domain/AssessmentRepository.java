package id.sofifi.asn.performance.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Assessments, one per employee, year and period. */
@Dependent
public class AssessmentRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The employee's assessments of a year (every year when {@code year} is null), by year then period. */
    public List<Assessment> of(String nip, Integer year) {
        // two statements: a null year bound in "(:year IS NULL OR …)" reaches PostgreSQL as text, not integer
        TypedQuery<Assessment> query = em
                .createQuery("SELECT a FROM Assessment a WHERE a.nip = :nip"
                        + (year == null ? "" : " AND a.year = :year") + " ORDER BY a.year, a.period", Assessment.class)
                .setParameter("nip", nip);
        return (year == null ? query : query.setParameter("year", year)).getResultList();
    }

    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    public Optional<Assessment> find(String nip, int year, AssessmentPeriod period) {
        return em
                .createQuery(
                        "SELECT a FROM Assessment a WHERE a.nip = :nip AND a.year = :year" + " AND a.period = :period",
                        Assessment.class)
                .setParameter("nip", nip).setParameter("year", year).setParameter("period", period).getResultStream()
                .findFirst();
    }

    /** The predicates of a period's assessments of the employees {@code nips}, one per assessed employee. */
    public List<Predicate> predicatesOf(Collection<String> nips, int year, AssessmentPeriod period) {
        if (nips.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("SELECT a.predicate FROM Assessment a WHERE a.nip IN :nips AND a.year = :year"
                        + " AND a.period = :period", Predicate.class)
                .setParameter("nips", nips).setParameter("year", year).setParameter("period", period).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Assessment a", Long.class).getSingleResult();
    }

    /** Adds an assessment; a second one of the employee's period is a conflict. */
    public void add(Assessment assessment) {
        Flushing.persist(em, assessment, "skp.assessmentExists", assessment.nip(), assessment.year(),
                assessment.period());
    }
}
