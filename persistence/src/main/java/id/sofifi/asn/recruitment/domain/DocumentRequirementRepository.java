package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The document lists of the periods. */
@Dependent
public class DocumentRequirementRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public List<DocumentRequirement> of(SelectionPeriod period) {
        return em.createQuery("SELECT r FROM DocumentRequirement r WHERE r.period = :p ORDER BY r.position, r.code",
                DocumentRequirement.class).setParameter("p", period).getResultList();
    }

    public Optional<DocumentRequirement> find(SelectionPeriod period, String code) {
        return em
                .createQuery("SELECT r FROM DocumentRequirement r WHERE r.period = :p AND r.code = :c",
                        DocumentRequirement.class)
                .setParameter("p", period).setParameter("c", code).getResultStream().findFirst();
    }

    public void add(DocumentRequirement requirement) {
        Flushing.persist(em, requirement, "requirement.codeTaken", requirement.code());
    }

    public void remove(DocumentRequirement requirement) {
        em.remove(requirement);
    }
}
