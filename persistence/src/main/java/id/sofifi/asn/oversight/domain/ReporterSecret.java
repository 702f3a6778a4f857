package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.identity.domain.ApiToken;
import java.util.Locale;

/**
 * Kode rahasia pelapor: shown once when the report is filed, it lets the reporter read a confidential case and
 * reply. Sixteen characters of the tracking alphabet (about 77 random bits) in four groups, typed on a phone;
 * only its SHA-256 is stored.
 */
public record ReporterSecret(String text, String hash) {
    public static ReporterSecret create() {
        String raw = TrackingCode.randomText(16);
        String text = String.join("-", raw.substring(0, 4), raw.substring(4, 8), raw.substring(8, 12),
                raw.substring(12));
        return new ReporterSecret(text, hashOf(text));
    }

    /** The stored form of what a reporter types: case, spaces and group dashes do not matter. */
    public static String hashOf(String typed) {
        return ApiToken.hashOf(typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
