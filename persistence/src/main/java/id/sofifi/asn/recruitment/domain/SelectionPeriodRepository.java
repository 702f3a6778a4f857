package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.CodeOrNameSearch;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Selection periods as stored; callers run inside a use case's transaction. */
@Dependent
public class SelectionPeriodRepository {
    private static final Map<String, String> SORTS = Map.of("code", "e.code", "name", "e.name", "year", "e.year",
            "registrationOpens", "e.registrationOpens");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<SelectionPeriod> findByCode(String code) {
        return em.createQuery("SELECT p FROM SelectionPeriod p WHERE p.code = :code", SelectionPeriod.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    /** The period with this code; an unknown code is refused as {@code period.notFound}. */
    public SelectionPeriod byCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("period.notFound", code));
    }

    /** A period named by id, as other contexts hold it. */
    public Optional<SelectionPeriod> find(long id) {
        return Optional.ofNullable(em.find(SelectionPeriod.class, id));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return em.createQuery("SELECT COUNT(p) FROM SelectionPeriod p WHERE p.code = :code AND p.id <> :id", Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("code", code)
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    /** Periods whose code or name contains {@code text} (all when it is blank), one page of them. */
    public Page<SelectionPeriod> list(String text, PageRequest request) {
        return CodeOrNameSearch.page(em, SelectionPeriod.class, text, request, SORTS, "e.registrationOpens");
    }

    /** Periods whose registration has not closed yet, the soonest closing first: what the portal shows. */
    public List<SelectionPeriod> notClosedAt(Instant now) {
        return em
                .createQuery("SELECT p FROM SelectionPeriod p WHERE p.registrationCloses > :now"
                        + " ORDER BY p.registrationCloses, p.code", SelectionPeriod.class)
                .setParameter("now", now).getResultList();
    }

    public void add(SelectionPeriod period) {
        Flushing.persist(em, period, "period.codeTaken", period.code());
    }

    public void flush(SelectionPeriod period) {
        Flushing.flush(em, "period.codeTaken", period.code());
    }

    public void remove(SelectionPeriod period) {
        Flushing.remove(em, period, "period.hasFormations", period.code());
    }

    public long countFormations(SelectionPeriod period) {
        return em.createQuery("SELECT COUNT(f) FROM Formation f WHERE f.period = :p", Long.class)
                .setParameter("p", period).getSingleResult();
    }
}
