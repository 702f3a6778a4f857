package id.sofifi.asn.oversight.application;

import java.io.Serializable;
import id.sofifi.asn.oversight.domain.ComplaintAttachment;
import id.sofifi.asn.platform.documents.DocumentType;
import java.time.Instant;

/**
 * One file of a case as staff and the reporter list it: its number, the name it is shown and sent under
 * ("lampiran-2.jpg", never the browser's), its recognised type, size and SHA-256.
 */
public record AttachmentView(int number, String fileName, String mediaType, long size, String sha256,
        Instant createdAt) implements Serializable {

    static AttachmentView of(ComplaintAttachment a) {
        return new AttachmentView(a.number(),
                "lampiran-" + a.number() + "." + DocumentType.ofMediaType(a.mediaType()).extension(), a.mediaType(),
                a.size(), a.sha256(), a.createdAt());
    }
}
