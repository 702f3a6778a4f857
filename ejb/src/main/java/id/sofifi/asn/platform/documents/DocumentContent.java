package id.sofifi.asn.platform.documents;

/** A document's bytes with the type recognised at upload, for a viewer or a download. */
public record DocumentContent(String fileName, String mediaType, byte[] content) {
}
