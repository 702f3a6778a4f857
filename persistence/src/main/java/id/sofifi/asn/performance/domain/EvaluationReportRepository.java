package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Evaluation reports and their unit rows. */
@Dependent
public class EvaluationReportRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public void add(EvaluationReport report) {
        em.persist(report);
        em.flush();
    }

    public EvaluationReport get(long id) {
        return Optional.ofNullable(em.find(EvaluationReport.class, id))
                .orElseThrow(() -> new NotFoundException("evaluationReport.notFound", id));
    }

    /** Newest first. */
    public Page<EvaluationReport> page(PageRequest request) {
        List<EvaluationReport> items = em
                .createQuery("SELECT r FROM EvaluationReport r ORDER BY r.id DESC", EvaluationReport.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM EvaluationReport r", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** How many reports stand in {@code status} (the home page counts those ready and not yet published). */
    public long count(ReportStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM EvaluationReport r WHERE r.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM EvaluationReport r", Long.class).getSingleResult();
    }

    /** Whether the timer already started the report of this period (a second node or a re-fire). */
    public boolean scheduledExists(ReportPeriod period) {
        return !em
                .createQuery("SELECT r.id FROM EvaluationReport r WHERE r.scheduled = TRUE AND r.from = :from"
                        + " AND r.to = :to AND r.workUnitCode IS NULL", Long.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** The report's unit rows in the report's order. */
    public List<ReportUnit> units(long reportId) {
        return em.createQuery("SELECT u FROM ReportUnit u WHERE u.reportId = :id ORDER BY u.position", ReportUnit.class)
                .setParameter("id", reportId).getResultList();
    }

    /** Stores the unit's figures, replacing the row a stopped run already wrote for it: idempotent per unit. */
    public void store(long reportId, int position, String workUnitCode, String figures) {
        em.createQuery("SELECT u FROM ReportUnit u WHERE u.reportId = :id AND u.workUnitCode = :code", ReportUnit.class)
                .setParameter("id", reportId).setParameter("code", workUnitCode).getResultStream().findFirst()
                .ifPresentOrElse(u -> u.replace(figures),
                        () -> em.persist(new ReportUnit(reportId, position, workUnitCode, figures)));
    }
}
