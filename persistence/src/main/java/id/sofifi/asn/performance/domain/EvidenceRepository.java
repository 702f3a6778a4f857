package id.sofifi.asn.performance.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The evidence attached to assessments. */
@Dependent
public class EvidenceRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Evidence> find(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    /** The evidence of the assessments, in the order attached. */
    public List<Evidence> of(Collection<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Evidence e WHERE e.assessmentId IN :ids ORDER BY e.id", Evidence.class)
                .setParameter("ids", assessments.stream().map(Assessment::id).toList()).getResultList();
    }

    /** Adds the evidence, its id given at once (the list shows it). */
    public void add(Evidence evidence) {
        em.persist(evidence);
        em.flush();
    }
}
