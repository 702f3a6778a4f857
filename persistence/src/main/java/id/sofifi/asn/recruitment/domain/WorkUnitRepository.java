package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.CodeOrNameSearch;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Work units (OPD, bidang, UPT) as stored. */
@Dependent
public class WorkUnitRepository {
    private static final Map<String, String> SORTS = Map.of("code", "e.code", "name", "e.name");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<WorkUnit> findByCode(String code) {
        return em.createQuery("SELECT w FROM WorkUnit w WHERE w.code = :code", WorkUnit.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    /** The unit by its id, for contexts that keep only the id (oversight's complaints). */
    public Optional<WorkUnit> find(long id) {
        return Optional.ofNullable(em.find(WorkUnit.class, id));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return em.createQuery("SELECT COUNT(w) FROM WorkUnit w WHERE w.code = :code AND w.id <> :id", Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("code", code)
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    /** Work units whose code or name contains {@code text} (all when it is blank), one page of them. */
    public Page<WorkUnit> search(String text, PageRequest request) {
        return CodeOrNameSearch.page(em, WorkUnit.class, text, request, SORTS, "e.name");
    }

    public List<WorkUnit> all() {
        return em.createQuery("SELECT w FROM WorkUnit w ORDER BY w.name", WorkUnit.class).getResultList();
    }

    /** Every unit, each parent before its children (the organisation chart). */
    public List<WorkUnit> tree() {
        return WorkUnit.inTreeOrder(
                em.createQuery("SELECT w FROM WorkUnit w LEFT JOIN FETCH w.parent", WorkUnit.class).getResultList());
    }

    public long countChildren(WorkUnit unit) {
        return em.createQuery("SELECT COUNT(w) FROM WorkUnit w WHERE w.parent = :p", Long.class).setParameter("p", unit)
                .getSingleResult();
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
