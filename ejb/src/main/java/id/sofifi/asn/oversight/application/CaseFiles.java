package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintAttachment;
import id.sofifi.asn.oversight.domain.ComplaintAttachmentRepository;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.documents.InspectedDocument;
import id.sofifi.asn.platform.documents.UploadLimit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaching files to a case, shared by filing (the report form sends its files with the case) and the later upload:
 * check them all first, then store them under their SHA-256 and number them, each attachment audited without the
 * reporter.
 */
@Dependent
class CaseFiles {
    @Inject
    ComplaintAttachmentRepository attachments;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Checks {@code uploads} for a case already carrying {@code attached} files; nothing is stored. */
    List<InspectedDocument> inspect(int attached, List<AttachmentUpload> uploads) {
        return AttachmentCheck.inspect(attached, uploads, UploadLimit.maxBytes());
    }

    /** Stores inspected files on the case, numbered after those it carries. */
    List<AttachmentView> attach(Complaint complaint, int attached, List<InspectedDocument> documents) {
        List<AttachmentView> added = new ArrayList<>();
        int number = attached;
        for (InspectedDocument document : documents) {
            number++;
            store.put(document.sha256(), document.content());
            ComplaintAttachment attachment = new ComplaintAttachment(complaint, number, document.type().mediaType(),
                    document.size(), document.sha256(), clock.instant());
            attachments.add(attachment);
            AttachmentView view = AttachmentView.of(attachment);
            audit.record("complaint.attachmentAdded", ComplaintService.SUBJECT, complaint.trackingCode(), null, view,
                    "Lampiran " + number + " laporan " + complaint.trackingCode() + ": " + view.mediaType() + ", "
                            + view.size() + " bita (SHA-256 " + view.sha256() + ")");
            added.add(view);
        }
        return added;
    }
}
