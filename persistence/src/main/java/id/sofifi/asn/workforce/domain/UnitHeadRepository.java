package id.sofifi.asn.workforce.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The heads of work units as stored (table unit_head). */
@Dependent
public class UnitHeadRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<UnitHead> findByUnit(Long workUnitId) {
        return Optional.ofNullable(em.find(UnitHead.class, workUnitId));
    }

    /** The unit this employee heads, if any. */
    public Optional<UnitHead> findByNip(String nip) {
        return em.createQuery("SELECT h FROM UnitHead h WHERE h.nip = :nip", UnitHead.class).setParameter("nip", nip)
                .getResultStream().findFirst();
    }

    /** Every head: a province has a few hundred units, so the whole organisation's heads are read at once. */
    public List<UnitHead> all() {
        return em.createQuery("SELECT h FROM UnitHead h", UnitHead.class).getResultList();
    }

    /** Stores a new or changed head; a race with another appointment of the same employee is a conflict. */
    public void save(UnitHead head, String nip) {
        if (!em.contains(head)) {
            em.persist(head);
        }
        Flushing.flush(em, "unitHead.headsAnother", nip);
    }

    public void remove(UnitHead head) {
        em.remove(head);
    }
}
