package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.FilteredPage;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Formations as stored, searched and paged in the database so that large periods stay fast. */
@Dependent
public class FormationRepository {
    private static final Map<String, String> SORTS = Map.of("code", "f.code", "position", "f.position", "workUnitCode",
            "w.code", "education", "f.education", "category", "f.category", "quota", "f.quota");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Formation> find(String periodCode, String code) {
        return em.createQuery("SELECT f FROM Formation f WHERE f.period.code = :p AND f.code = :c", Formation.class)
                .setParameter("p", Codes.normalize(periodCode)).setParameter("c", Codes.normalize(code))
                .getResultStream().findFirst();
    }

    public boolean codeTaken(SelectionPeriod period, String code, Long exceptId) {
        return em
                .createQuery("SELECT COUNT(f) FROM Formation f WHERE f.period = :p AND f.code = :c AND f.id <> :id",
                        Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("p", period).setParameter("c", code)
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    public Page<Formation> search(FormationFilter filter, PageRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return FilteredPage.read(em, Formation.class, "Formation f JOIN f.workUnit w" + where, "f", params,
                request.orderBy(SORTS, "f.code"), request);
    }

    /** Distinct education qualifications of a period's formations, for the portal's filter list. */
    public List<String> educations(String periodCode) {
        return em
                .createQuery("SELECT DISTINCT f.education FROM Formation f WHERE f.period.code = :p"
                        + " ORDER BY f.education", String.class)
                .setParameter("p", Codes.normalize(periodCode)).getResultList();
    }

    /** Applications filed for a formation; while any exist it must not be deleted. */
    public long countApplications(Formation formation) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE formation_id = ?1")
                .setParameter(1, formation.id()).getSingleResult()).longValue();
    }

    public void add(Formation formation) {
        Flushing.persist(em, formation, "formation.codeTaken", formation.code());
    }

    public void flush(Formation formation) {
        Flushing.flush(em, "formation.codeTaken", formation.code());
    }

    public void remove(Formation formation) {
        Flushing.remove(em, formation, "formation.hasApplications", formation.code());
    }

    private static String where(FormationFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.periodCode() != null) {
            where.append(" AND f.period.code = :period");
            params.put("period", Codes.normalize(filter.periodCode()));
        }
        if (filter.workUnitCode() != null && !filter.workUnitCode().isBlank()) {
            where.append(" AND w.code = :unit");
            params.put("unit", Codes.normalize(filter.workUnitCode()));
        }
        if (filter.category() != null) {
            where.append(" AND f.category = :category");
            params.put("category", filter.category());
        }
        if (filter.education() != null && !filter.education().isBlank()) {
            where.append(" AND LOWER(f.education) = :education");
            params.put("education", filter.education().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(f.code) LIKE :text OR LOWER(f.position) LIKE :text"
                    + " OR LOWER(w.name) LIKE :text OR LOWER(f.education) LIKE :text)");
            params.put("text", LikePattern.containing(filter.text()));
        }
        return where.toString();
    }
}
