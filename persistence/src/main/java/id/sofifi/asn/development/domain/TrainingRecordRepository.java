package id.sofifi.asn.development.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Completed trainings: the lines of the JP ledger and the certificates behind them. */
@Dependent
public class TrainingRecordRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The employee's completed trainings of one JP year, oldest first. */
    public List<TrainingRecord> ofYear(String nip, int year) {
        return em
                .createQuery("SELECT r FROM TrainingRecord r WHERE r.nip = :nip AND r.completedOn BETWEEN :first"
                        + " AND :last ORDER BY r.completedOn, r.id", TrainingRecord.class)
                .setParameter("nip", nip).setParameter("first", JpYear.first(year))
                .setParameter("last", JpYear.last(year)).getResultList();
    }

    /** Every completed training of the employee, oldest first. */
    public List<TrainingRecord> of(String nip) {
        return em.createQuery("SELECT r FROM TrainingRecord r WHERE r.nip = :nip ORDER BY r.completedOn, r.id",
                TrainingRecord.class).setParameter("nip", nip).getResultList();
    }

    /** When the employee first completed a Latsar, if ever. */
    public Optional<LocalDate> latsarCompletedOn(String nip) {
        return em.createQuery("SELECT MIN(r.completedOn) FROM TrainingRecord r WHERE r.nip = :nip AND r.latsar = TRUE",
                LocalDate.class).setParameter("nip", nip).getResultStream().filter(d -> d != null).findFirst();
    }

    /**
     * The JP each employee earned in a JP year, summed by the database: of the employees {@code nips} names, or of
     * everyone when it is null (a report over a whole province reads one row per employee, not their records).
     * Employees with no completion in the year are absent.
     */
    public Map<String, Jp> earnedInYear(int year, Collection<String> nips) {
        return byNip(
                perEmployee("SUM(r.jp)", "r.completedOn BETWEEN :first AND :last", nips)
                        .setParameter("first", JpYear.first(year)).setParameter("last", JpYear.last(year)),
                sum -> new Jp((BigDecimal) sum));
    }

    /** When each employee ({@code nips}; null: everyone) first completed a Latsar; those who never did are absent. */
    public Map<String, LocalDate> latsarCompletions(Collection<String> nips) {
        return byNip(perEmployee("MIN(r.completedOn)", "r.latsar = TRUE", nips), first -> (LocalDate) first);
    }

    /** One aggregate per employee of the records meeting {@code condition}, for {@code nips} (null: everyone). */
    private TypedQuery<Object[]> perEmployee(String aggregate, String condition, Collection<String> nips) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r.nip, " + aggregate + " FROM TrainingRecord r WHERE "
                + condition + (nips == null ? "" : " AND r.nip IN :nips") + " GROUP BY r.nip", Object[].class);
        if (nips != null) {
            // an empty IN list is not valid JPQL; no NIP is blank
            query.setParameter("nips", nips.isEmpty() ? List.of("") : nips);
        }
        return query;
    }

    /** NIPs are stored as char(18); the map is keyed by the NIP without padding. */
    private static <T> Map<String, T> byNip(TypedQuery<Object[]> query, Function<Object, T> value) {
        return query.getResultStream()
                .collect(Collectors.toMap(row -> ((String) row[0]).strip(), row -> value.apply(row[1])));
    }

    public Optional<TrainingRecord> findByCertificate(String number) {
        return em.createQuery("SELECT r FROM TrainingRecord r WHERE r.certificateNumber = :n", TrainingRecord.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    /** The certificate numbers issued for a training's passed enrolments, by NIP. */
    public Map<String, String> certificatesOf(String trainingCode) {
        return em
                .createQuery("SELECT r FROM TrainingRecord r WHERE r.trainingCode = :code"
                        + " AND r.certificateNumber IS NOT NULL", TrainingRecord.class)
                .setParameter("code", trainingCode).getResultStream()
                .collect(Collectors.toMap(TrainingRecord::nip, TrainingRecord::certificateNumber));
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM TrainingRecord r", Long.class).getSingleResult();
    }

    public void add(TrainingRecord record) {
        Flushing.persist(em, record, "trainingRecord.duplicate", record.nip(), record.title());
    }
}
