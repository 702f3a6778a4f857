package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Work units (OPD) as stored. There are few of them, so they are listed whole. */
@Dependent
public class WorkUnitRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<WorkUnit> findByCode(String code) {
        return em.createQuery("SELECT w FROM WorkUnit w WHERE w.code = :code", WorkUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return em.createQuery("SELECT COUNT(w) FROM WorkUnit w WHERE w.code = :code AND w.id <> :id", Long.class)
                .setParameter("code", code).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    public List<WorkUnit> all() {
        return em.createQuery("SELECT w FROM WorkUnit w ORDER BY w.name", WorkUnit.class).getResultList();
    }

    public long countFormations(WorkUnit unit) {
        return em.createQuery("SELECT COUNT(f) FROM Formation f WHERE f.workUnit = :w", Long.class)
                .setParameter("w", unit).getSingleResult();
    }

    public void add(WorkUnit unit) {
        Flushing.persist(em, unit, "workUnit.codeTaken", unit.code());
    }

    public void flush(WorkUnit unit) {
        Flushing.flush(em, "workUnit.codeTaken", unit.code());
    }

    public void remove(WorkUnit unit) {
        Flushing.remove(em, unit, "workUnit.hasFormations", unit.code());
    }
}
