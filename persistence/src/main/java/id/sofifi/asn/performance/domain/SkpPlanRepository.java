package id.sofifi.asn.performance.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** SKP plans, one per employee and year. */
@Dependent
public class SkpPlanRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<SkpPlan> find(String nip, int year) {
        return em.createQuery("SELECT p FROM SkpPlan p WHERE p.nip = :nip AND p.year = :year", SkpPlan.class)
                .setParameter("nip", nip).setParameter("year", year).getResultStream().findFirst();
    }

    /** The plans of {@code year} that name {@code evaluatorNip} as the official. */
    public List<SkpPlan> evaluatedBy(String evaluatorNip, int year) {
        return em.createQuery("SELECT p FROM SkpPlan p WHERE p.evaluatorNip = :nip AND p.year = :year", SkpPlan.class)
                .setParameter("nip", evaluatorNip).setParameter("year", year).getResultList();
    }

    /** The employee's plans of {@code year} and later: those an official handed over still has to rate. */
    public List<SkpPlan> fromYear(String nip, int year) {
        return em.createQuery("SELECT p FROM SkpPlan p WHERE p.nip = :nip AND p.year >= :year", SkpPlan.class)
                .setParameter("nip", nip).setParameter("year", year).getResultList();
    }

    /** Adds a plan; a second plan of the employee's year is a conflict. */
    public void add(SkpPlan plan) {
        Flushing.persist(em, plan, "skp.planExists", plan.nip(), plan.year());
    }
}
