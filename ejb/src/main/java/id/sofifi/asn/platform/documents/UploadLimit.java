package id.sofifi.asn.platform.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The largest upload accepted, in bytes: {@code ASN_UPLOAD_MAX_BYTES}, 2 MB unless configured. */
public final class UploadLimit {
    private static final long DEFAULT_MAX_UPLOAD = 2L * 1024 * 1024;
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private UploadLimit() {
    }

    public static long maxBytes() {
        String configured = System.getenv("ASN_UPLOAD_MAX_BYTES");
        return configured == null || configured.isBlank() ? DEFAULT_MAX_UPLOAD : Long.parseLong(configured.strip());
    }

    /** A limit as people read it: "2" for 2 MB, "1.5" when it is not a whole number. */
    public static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
