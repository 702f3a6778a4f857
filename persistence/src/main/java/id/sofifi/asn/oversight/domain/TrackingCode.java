package id.sofifi.asn.oversight.domain;

import java.security.SecureRandom;

/**
 * Kode pelacakan, e.g. {@code LAP-2026-7KQ4MZ}: the year and six characters read aloud or typed on a phone without
 * doubt — the alphabet leaves out 0/O, 1/I/L and U/V. Also the alphabet of the reporter's secret.
 */
public final class TrackingCode {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 6;

    private TrackingCode() {
    }

    public static String next(int year) {
        return "LAP-" + year + "-" + randomText(LENGTH);
    }

    /** Whether the text could be a tracking code at all (longer forwarded SP4N-LAPOR! codes fit the column too). */
    public static boolean plausible(String text) {
        return text != null && text.matches("[A-Z0-9-]{4,20}");
    }

    static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
