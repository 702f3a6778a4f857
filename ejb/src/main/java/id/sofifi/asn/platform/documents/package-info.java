/**
 * Uploaded documents every context stores the same way: checked by their content (PDF, JPEG, PNG by magic bytes,
 * never the client's name or type), pictures re-encoded so their metadata is gone, size-limited
 * ({@link id.sofifi.asn.platform.documents.UploadLimit}), and written once under their SHA-256 in the files
 * directory. Used by recruitment's registration and performance's SKP evidence.
 */
package id.sofifi.asn.platform.documents;
