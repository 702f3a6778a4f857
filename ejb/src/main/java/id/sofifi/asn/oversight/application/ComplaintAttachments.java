package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintAttachment;
import id.sofifi.asn.oversight.domain.ComplaintAttachmentRepository;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.platform.documents.DocumentContent;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.documents.UploadLimit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Lampiran laporan (issue 12, §5/§6): a case's files are for staff and its reporter (holding the secret) only — never
 * listed, counted or served on a public page or answer, even for a PUBLIC case: a photo may show bystanders, the
 * reporter's house or face, and even its type and count say more than the text the reporter chose to publish.
 * Pictures are served as re-encoded at upload, without EXIF. Every opening is audited with who opened it (§6: every
 * read of a document), a staff member's opening of a confidential or anonymous case's file included.
 */
@Stateless
@PermitAll
public class ComplaintAttachments {
    /** The field a file sent on its own (the API) is refused by. */
    public static final String FIELD = "attachment";

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintAttachmentRepository attachments;

    @Inject
    CaseFiles files;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** The largest file accepted, in bytes, for a screen or resource to stop reading beyond it. */
    public long maxBytes() {
        return UploadLimit.maxBytes();
    }

    /**
     * Attaches one file to the case, for staff or the reporter holding {@code secret}. Refused by field
     * {@value #FIELD}: a fourth file, empty, too large, not a PDF, JPEG or PNG by its content, a damaged picture.
     */
    public AttachmentView attach(String trackingCode, String secret, byte[] content) {
        Complaint complaint = permitted(trackingCode, secret);
        int attached = attachments.of(complaint).size();
        return files.attach(complaint, attached, files.inspect(attached, List.of(new AttachmentUpload(FIELD, content))))
                .get(0);
    }

    /** The case's files, for staff or the reporter holding {@code secret}. */
    public List<AttachmentView> of(String trackingCode, String secret) {
        return attachments.of(permitted(trackingCode, secret)).stream().map(AttachmentView::of).toList();
    }

    /** File {@code number} of the case, for staff or the reporter holding {@code secret}; audited. */
    public DocumentContent open(String trackingCode, String secret, int number) {
        Complaint complaint = permitted(trackingCode, secret);
        ComplaintAttachment file = attachments.find(complaint, number)
                .orElseThrow(() -> new NotFoundException("complaint.attachmentNotFound", number, trackingCode));
        AttachmentView view = AttachmentView.of(file);
        boolean staff = session.isCallerInRole(Role.ADMIN_NAME);
        audit.record("complaint.attachmentOpened", ComplaintService.SUBJECT, complaint.trackingCode(), null, view,
                "Lampiran " + number + " laporan " + complaint.trackingCode() + " (" + complaint.privacy() + ") dibuka "
                        + (staff ? "oleh petugas" : "oleh pelapor"));
        return new DocumentContent(view.fileName(), view.mediaType(), store.get(file.sha256()));
    }

    /**
     * The case when the caller is staff or holds its secret. Otherwise a confidential case is unknown (its existence
     * does not leak, as on reading it) and any other is forbidden.
     */
    private Complaint permitted(String trackingCode, String secret) {
        Complaint complaint = complaints.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("complaint.notFound", trackingCode));
        if (session.isCallerInRole(Role.ADMIN_NAME) || complaint.heldBy(secret)) {
            return complaint;
        }
        if (complaint.privacy() == Privacy.CONFIDENTIAL) {
            throw new NotFoundException("complaint.notFound", trackingCode);
        }
        throw new EJBAccessException("only staff and the reporter holding the secret handle a case's files");
    }
}
