package id.sofifi.asn.platform.documents;

import java.util.Objects;

/** An upload that passed inspection: the bytes to store, their type and their SHA-256 in lowercase hex. */
public record InspectedDocument(DocumentType type, byte[] content, String sha256) {
    public InspectedDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Size in bytes of what is stored, which for an image is smaller or larger than what was uploaded. */
    public long size() {
        return content.length;
    }
}
