package id.sofifi.asn.performance.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Assigned evaluating officials, at most one per employee. */
@Dependent
public class EvaluatorAssignmentRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<EvaluatorAssignment> find(String nip) {
        return Optional.ofNullable(em.find(EvaluatorAssignment.class, nip));
    }

    /** The assignments naming {@code evaluatorNip}. */
    public List<EvaluatorAssignment> naming(String evaluatorNip) {
        return em.createQuery("SELECT a FROM EvaluatorAssignment a WHERE a.evaluatorNip = :nip",
                EvaluatorAssignment.class).setParameter("nip", evaluatorNip).getResultList();
    }

    /** Every assignment, by employee. */
    public List<EvaluatorAssignment> all() {
        return em.createQuery("SELECT a FROM EvaluatorAssignment a ORDER BY a.nip", EvaluatorAssignment.class)
                .getResultList();
    }

    public void add(EvaluatorAssignment assignment) {
        em.persist(assignment);
    }

    public void remove(EvaluatorAssignment assignment) {
        em.remove(assignment);
    }
}
