package id.sofifi.asn.oversight.application;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.domain.ComplaintAttachment;
import id.sofifi.asn.platform.documents.DocumentInspector;
import id.sofifi.asn.platform.documents.InspectedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a case's new attachments before anything is stored: not more than three on the case, each a PDF, JPEG or PNG
 * by its content within the upload limit (the platform's {@link DocumentInspector}, as registration's documents).
 * Every refused file is named by its own field in one answer, so the reporter fixes them all at once.
 */
final class AttachmentCheck {
    private AttachmentCheck() {
    }

    /**
     * The files as they will be stored (pictures re-encoded without metadata), for a case that carries
     * {@code attached} already.
     *
     * @throws ValidationFailure naming each refused file's field
     */
    static List<InspectedDocument> inspect(int attached, List<AttachmentUpload> uploads, long maxBytes) {
        if (!uploads.isEmpty()) {
            ComplaintAttachment.firstFreeNumber(attached, uploads.size(), uploads.get(uploads.size() - 1).field());
        }
        DocumentInspector inspector = new DocumentInspector(maxBytes);
        Violations refused = new Violations();
        List<InspectedDocument> inspected = new ArrayList<>();
        for (AttachmentUpload upload : uploads) {
            try {
                inspected.add(inspector.inspect(upload.field(), upload.content()));
            } catch (ValidationFailure e) {
                refused.addAll(e.violations());
            }
        }
        refused.throwIfAny();
        return inspected;
    }
}
