package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Page;
import id.sofifi.asn.kernel.PageRequest;
import id.sofifi.asn.kernel.Flushing;
import id.sofifi.asn.kernel.LikePattern;
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
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code", "name", "p.name", "year", "p.year", "registrationOpens", "p.registrationOpens");

    private static final String MATCHES = "(LOWER(p.code) LIKE :text OR LOWER(p.name) LIKE :text)";

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<SelectionPeriod> findByCode(String code) {
        return em.createQuery("SELECT p FROM SelectionPeriod p WHERE p.code = :code", SelectionPeriod.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return em.createQuery("SELECT COUNT(p) FROM SelectionPeriod p WHERE p.code = :code AND p.id <> :id", Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("code", code).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    /** Periods whose code or name contains {@code text} (all when it is blank), one page of them. */
    public Page<SelectionPeriod> list(String text, PageRequest request) {
        String pattern = LikePattern.containing(text);
        List<SelectionPeriod> items = em.createQuery("SELECT p FROM SelectionPeriod p WHERE " + MATCHES + " ORDER BY "
                        + request.orderBy(SORTS, "p.registrationOpens") + ", p.id", SelectionPeriod.class)
                .setParameter("text", pattern)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM SelectionPeriod p WHERE " + MATCHES, Long.class)
                .setParameter("text", pattern).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Periods whose registration has not closed yet, the soonest closing first: what the portal shows. */
    public List<SelectionPeriod> notClosedAt(Instant now) {
        return em.createQuery("SELECT p FROM SelectionPeriod p WHERE p.registrationCloses > :now"
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
