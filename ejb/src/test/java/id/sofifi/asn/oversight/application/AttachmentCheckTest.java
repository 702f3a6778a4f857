package id.sofifi.asn.oversight.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.platform.documents.DocumentType;
import id.sofifi.asn.platform.documents.InspectedDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12: a report's attachments are checked together, each refusal by its own field, before anything is kept. */
class AttachmentCheckTest {
    private static final long LIMIT = 1024;
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static List<String> refused(int attached, AttachmentUpload... uploads) {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> AttachmentCheck.inspect(attached, List.of(uploads), LIMIT));
        return failure.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    @DisplayName("Issue 12 lampiran: three PDFs on a new case pass, recognised by their content")
    void threeFit() {
        List<InspectedDocument> kept = AttachmentCheck.inspect(0, List.of(new AttachmentUpload("attachment1", PDF),
                new AttachmentUpload("attachment2", PDF), new AttachmentUpload("attachment3", PDF)), LIMIT);
        assertEquals(List.of(DocumentType.PDF, DocumentType.PDF, DocumentType.PDF),
                kept.stream().map(InspectedDocument::type).toList());
    }

    @Test
    @DisplayName("Issue 12 lampiran: a file over the upload limit and a renamed .exe are refused, each by its field")
    void sizeAndTypeByField() {
        byte[] large = Arrays.copyOf(PDF, (int) LIMIT + 1);
        byte[] exe = {'M', 'Z', 0, 0, 0, 0};
        assertEquals(List.of("attachment1:upload.tooLarge", "attachment3:upload.type"),
                refused(0, new AttachmentUpload("attachment1", large), new AttachmentUpload("attachment2", PDF),
                        new AttachmentUpload("attachment3", exe)));
    }

    @Test
    @DisplayName("Issue 12 lampiran: a file at exactly the limit passes; a 4th file on a case with three is refused")
    void limits() {
        byte[] atLimit = Arrays.copyOf(PDF, (int) LIMIT);
        assertEquals(1, AttachmentCheck.inspect(2, List.of(new AttachmentUpload("attachment", atLimit)), LIMIT).size());
        assertEquals(List.of("attachment:complaint.attachmentsTooMany"),
                refused(3, new AttachmentUpload("attachment", PDF)));
        ValidationFailure tooMany = assertThrows(ValidationFailure.class,
                () -> AttachmentCheck.inspect(3, List.of(new AttachmentUpload("attachment", PDF)), LIMIT));
        assertEquals(new Violation("attachment", "complaint.attachmentsTooMany", List.of(3)),
                tooMany.violations().get(0));
    }
}
