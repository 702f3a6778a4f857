package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applications, their documents and objections, searched and paged in the database. */
@Dependent
public class ApplicationRepository {
    private static final Map<String, String> SORTS = Map.of("registrationNumber", "a.registrationNumber", "fullName",
            "a.fullName", "formationCode", "f.code", "status", "a.status", "submittedAt", "a.submittedAt",
            "assignedVerifier", "a.assignedVerifier");

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** A fresh registration number of the period, e.g. {@code CPNS-2026-0000123}. */
    public String nextRegistrationNumber(SelectionPeriod period) {
        long next = ((Number) em.createNativeQuery("SELECT nextval('application_number_seq')").getSingleResult())
                .longValue();
        return String.format("%s-%07d", period.code(), next);
    }

    /** Stores a new application; the database's one-NIK-per-year key settles a race between two. */
    public void add(Application application) {
        Flushing.persist(em, application, "application.oncePerYear", application.period().year());
    }

    public void flush(Application application) {
        Flushing.flush(em, "application.oncePerYear", application.period().year());
    }

    public Optional<Application> findByNumber(String registrationNumber) {
        return em.createQuery("SELECT a FROM Application a WHERE a.registrationNumber = :n", Application.class)
                .setParameter("n", Codes.normalize(registrationNumber)).getResultStream().findFirst();
    }

    public List<Application> ofApplicant(long applicantId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.applicant.id = :id ORDER BY a.submittedAt DESC",
                Application.class).setParameter("id", applicantId).getResultList();
    }

    public boolean appliedInYear(Nik nik, int year) {
        return em
                .createQuery("SELECT COUNT(a) FROM Application a WHERE a.nik.hash = :hash AND a.fiscalYear = :y",
                        Long.class)
                .setParameter("hash", SealedNik.hashOf(nik)).setParameter("y", year).getSingleResult() > 0;
    }

    public Optional<ApplicationDocument> document(long documentId) {
        return Optional.ofNullable(em.find(ApplicationDocument.class, documentId));
    }

    public Optional<Objection> objectionOf(Application application) {
        return em.createQuery("SELECT o FROM Objection o WHERE o.application = :a", Objection.class)
                .setParameter("a", application).getResultStream().findFirst();
    }

    /** Files an objection; the unique key keeps it to one even when two arrive at once. */
    public void addObjection(Objection objection) {
        Flushing.persist(em, objection, "objection.once");
    }

    public long countUnansweredObjections(SelectionPeriod period) {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.application.period = :p AND o.outcome IS NULL",
                Long.class).setParameter("p", period).getSingleResult();
    }

    public Page<Objection> objections(String periodCode, boolean unansweredOnly, PageRequest request) {
        String where = " WHERE o.application.period.code = :p" + (unansweredOnly ? " AND o.outcome IS NULL" : "");
        List<Objection> items = em
                .createQuery("SELECT o FROM Objection o" + where + " ORDER BY o.filedAt, o.id", Objection.class)
                .setParameter("p", Codes.normalize(periodCode)).setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(o) FROM Objection o" + where, Long.class)
                .setParameter("p", Codes.normalize(periodCode)).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Decided applications of a period (MS or TMS) in registration-number order, for an announcement. */
    public List<Application> decided(SelectionPeriod period) {
        return em
                .createQuery("SELECT a FROM Application a WHERE a.period = :p AND a.status <> :s"
                        + " ORDER BY a.registrationNumber", Application.class)
                .setParameter("p", period).setParameter("s", ApplicationStatus.SUBMITTED).getResultList();
    }

    public long countUndecided(SelectionPeriod period) {
        return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.period = :p AND a.status = :s", Long.class)
                .setParameter("p", period).setParameter("s", ApplicationStatus.SUBMITTED).getSingleResult();
    }

    public Page<Application> search(ApplicationFilter filter, PageRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        String from = " FROM Application a JOIN a.formation f JOIN f.workUnit w";
        TypedQuery<Application> query = em.createQuery(
                "SELECT a" + from + where + " ORDER BY " + request.orderBy(SORTS, "a.registrationNumber") + ", a.id",
                Application.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + from + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Application> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    private static String where(ApplicationFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, params, "a.period.code = :period", "period", codeOrNull(filter.periodCode()));
        // codes are typed into table filters: a part of the code is enough
        condition(where, params, "LOWER(w.code) LIKE :unit", "unit", containing(filter.workUnitCode()));
        condition(where, params, "LOWER(f.code) LIKE :formation", "formation", containing(filter.formationCode()));
        condition(where, params, "a.status = :status", "status", filter.status());
        condition(where, params, "a.assignedVerifier = :verifier", "verifier",
                filter.verifier() == null || filter.verifier().isBlank() ? null : filter.verifier().strip());
        if (filter.awaitingConfirmation()) {
            where.append(" AND a.proposedResult IS NOT NULL");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(a.registrationNumber) LIKE :text OR LOWER(a.fullName) LIKE :text)");
            params.put("text", LikePattern.containing(filter.text()));
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static String containing(String text) {
        return text == null || text.isBlank() ? null : LikePattern.containing(text);
    }

    private static String codeOrNull(String code) {
        return code == null || code.isBlank() ? null : Codes.normalize(code);
    }
}
