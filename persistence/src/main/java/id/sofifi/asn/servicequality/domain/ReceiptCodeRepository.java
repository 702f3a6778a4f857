package id.sofifi.asn.servicequality.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Receipt codes as issued. */
@Dependent
public class ReceiptCodeRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The code of the unit, as a citizen typed it (see {@link ReceiptCode#normalize}). */
    public Optional<ReceiptCode> find(ServiceUnit unit, String typed) {
        return em
                .createQuery("SELECT r FROM ReceiptCode r WHERE r.code = :code AND r.serviceUnit = :unit",
                        ReceiptCode.class)
                .setParameter("code", ReceiptCode.normalize(typed)).setParameter("unit", unit).getResultStream()
                .findFirst();
    }

    public boolean exists(String code) {
        return !em.createQuery("SELECT r.id FROM ReceiptCode r WHERE r.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(ReceiptCode code) {
        em.persist(code);
    }
}
