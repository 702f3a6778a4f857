package id.sofifi.asn.oversight.application;

/**
 * A file someone sends to attach to a case, under the field it is refused by ({@code attachment1} on the report form,
 * {@code attachment} on the API). The bytes are as sent, at most one past the upload limit.
 */
public record AttachmentUpload(String field, byte[] content) {
}
