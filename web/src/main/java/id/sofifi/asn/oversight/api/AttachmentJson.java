package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.AttachmentView;
import id.sofifi.asn.platform.api.WitTime;

/** A case's file as staff and its reporter read it; {@code number} addresses it under the case's attachments. */
public record AttachmentJson(int number, String fileName, String mediaType, long size, String sha256,
        String createdAt) {

    static AttachmentJson of(AttachmentView a) {
        return new AttachmentJson(a.number(), a.fileName(), a.mediaType(), a.size(), a.sha256(),
                WitTime.iso(a.createdAt()));
    }
}
