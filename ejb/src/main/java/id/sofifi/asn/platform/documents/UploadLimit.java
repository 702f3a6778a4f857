package id.sofifi.asn.platform.documents;

/** The largest upload accepted, in bytes: {@code ASN_UPLOAD_MAX_BYTES}, 2 MB unless configured. */
public final class UploadLimit {
    private static final long DEFAULT_MAX_UPLOAD = 2L * 1024 * 1024;

    private UploadLimit() {
    }

    public static long maxBytes() {
        String configured = System.getenv("ASN_UPLOAD_MAX_BYTES");
        return configured == null || configured.isBlank() ? DEFAULT_MAX_UPLOAD : Long.parseLong(configured.strip());
    }
}
