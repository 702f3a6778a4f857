package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The files attached to cases. */
@Dependent
public class ComplaintAttachmentRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The case's files by number. */
    public List<ComplaintAttachment> of(Complaint complaint) {
        return em.createQuery("SELECT a FROM ComplaintAttachment a WHERE a.complaintId = :id ORDER BY a.number",
                ComplaintAttachment.class).setParameter("id", complaint.id()).getResultList();
    }

    public Optional<ComplaintAttachment> find(Complaint complaint, int number) {
        return em
                .createQuery("SELECT a FROM ComplaintAttachment a WHERE a.complaintId = :id AND a.number = :number",
                        ComplaintAttachment.class)
                .setParameter("id", complaint.id()).setParameter("number", number).getResultStream().findFirst();
    }

    /** Stores the file; two uploads racing for the same number (or past the third) are a conflict. */
    public void add(ComplaintAttachment attachment) {
        Flushing.persist(em, attachment, "complaint.attachmentsTooMany", ComplaintAttachment.MAX_PER_CASE);
    }
}
