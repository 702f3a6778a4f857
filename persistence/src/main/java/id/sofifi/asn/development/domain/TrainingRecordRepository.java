package id.sofifi.asn.development.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
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

    /** The JP of every training completed in {@code year}, by NIP: the ledgers of all employees at once. */
    public Map<String, List<Jp>> jpOfYearByNip(int year) {
        return em
                .createQuery("SELECT r FROM TrainingRecord r WHERE r.completedOn BETWEEN :first AND :last",
                        TrainingRecord.class)
                .setParameter("first", JpYear.first(year)).setParameter("last", JpYear.last(year)).getResultStream()
                .collect(Collectors.groupingBy(TrainingRecord::nip,
                        Collectors.mapping(TrainingRecord::jp, Collectors.toList())));
    }

    /** When each employee who completed a Latsar first did, by NIP. */
    public Map<String, LocalDate> latsarCompletedOnByNip() {
        return em
                .createQuery("SELECT r.nip, MIN(r.completedOn) FROM TrainingRecord r WHERE r.latsar = TRUE"
                        + " GROUP BY r.nip", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
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
