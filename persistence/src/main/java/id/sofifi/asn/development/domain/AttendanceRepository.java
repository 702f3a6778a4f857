package id.sofifi.asn.development.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The attendance marks of trainings. */
@Dependent
public class AttendanceRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** Every mark of the training, by session then NIP. */
    public List<Attendance> of(Training training) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.trainingId = :t ORDER BY a.sessionOn, a.nip",
                Attendance.class).setParameter("t", training.id()).getResultList();
    }

    public void add(Attendance attendance) {
        Flushing.persist(em, attendance, "attendance.duplicate", attendance.nip(), attendance.sessionOn());
    }
}
