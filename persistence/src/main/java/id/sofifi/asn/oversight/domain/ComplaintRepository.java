package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Complaints as stored, found by their tracking code. */
@Dependent
public class ComplaintRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public Optional<Complaint> findByTrackingCode(String code) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.trackingCode = :code", Complaint.class)
                .setParameter("code", Codes.normalize(code)).getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    }

    public boolean codeTaken(String code) {
        return findByTrackingCode(code).isPresent();
    }

    /** Stores a new case; a tracking code drawn twice at the same moment is a conflict, not a duplicate row. */
    public void add(Complaint complaint) {
        Flushing.persist(em, complaint, "complaint.codeTaken", complaint.trackingCode());
    }
}
