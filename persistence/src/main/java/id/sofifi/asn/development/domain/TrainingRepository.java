package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Trainings and, through them, their enrolments. */
@Dependent
public class TrainingRepository {
    /** First key of the two-key advisory locks on an employee's enrolments (apart from audit's one-key lock). */
    private static final int ENROLMENTS_OF_EMPLOYEE = 12;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /**
     * Serialises, until the transaction ends, the enrolments of one employee: two enrolments of the same employee
     * into two overlapping trainings lock two different training rows, so without this both would pass the overlap
     * check. Taken before the training's row lock, always in that order, so no two writers wait on each other.
     */
    public void lockEnrolmentsOf(String nip) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, ENROLMENTS_OF_EMPLOYEE)
                .setParameter(2, nip).getSingleResult();
    }

    public Optional<Training> findByCode(String code) {
        return em.createQuery("SELECT t FROM Training t WHERE t.code = :code", Training.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    /**
     * The training with its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends: every change of
     * its enrolments goes through here, so concurrent enrolments are counted one after the other and the last
     * place goes to exactly one of them. The enrolments are read after the lock, so they are current.
     */
    public Optional<Training> lockByCode(String code) {
        Optional<Training> training = em.createQuery("SELECT t FROM Training t WHERE t.code = :code", Training.class)
                .setParameter("code", Codes.normalize(code)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        training.ifPresent(em::refresh);
        return training;
    }

    /** The trainings the employee is enrolled in or waiting for, whose dates a new enrolment must not overlap. */
    public List<Training> activeFor(String nip) {
        return em
                .createQuery("SELECT DISTINCT e.training FROM Enrolment e WHERE e.nip = :nip AND e.status IN :active",
                        Training.class)
                .setParameter("nip", nip)
                .setParameter("active", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING)).getResultList();
    }

    /** Every enrolment of the employee, with its training, in the order they were made. */
    public List<Enrolment> enrolmentsOf(String nip) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.training WHERE e.nip = :nip ORDER BY e.id",
                Enrolment.class).setParameter("nip", nip).getResultList();
    }

    /** Newest first by start date, one page; all when {@code from} is null, else those ending on or after it. */
    public Page<Training> list(LocalDate from, PageRequest request) {
        String where = from == null ? "" : " WHERE t.endsOn >= :from";
        var items = em.createQuery("SELECT t FROM Training t" + where + " ORDER BY t.startsOn, t.code", Training.class);
        var count = em.createQuery("SELECT COUNT(t) FROM Training t" + where, Long.class);
        if (from != null) {
            items.setParameter("from", from);
            count.setParameter("from", from);
        }
        return new Page<>(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }

    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM Training t", Long.class).getSingleResult();
    }

    public void add(Training training) {
        Flushing.persist(em, training, "training.codeTaken", training.code());
    }

    /** Writes enrolment changes now, so the database's one-active-enrolment key answers inside the use case. */
    public void flush(Training training, String nip) {
        Flushing.flush(em, "enrolment.duplicate", nip, training.code());
    }
}
