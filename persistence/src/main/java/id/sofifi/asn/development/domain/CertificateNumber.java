package id.sofifi.asn.development.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Nomor sertifikat: 20 random base32 characters (100 bits), so that the public check page, which reads the
 * certificate from the database by this number, cannot be walked by guessing numbers; a forged PDF with a made-up
 * number finds nothing.
 */
public final class CertificateNumber {
    static final int LENGTH = 20;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    private CertificateNumber() {
    }

    public static String random(SecureRandom random) {
        char[] number = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            number[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(number);
    }

    /** Whether {@code text} could be a number this system issued (other numbers come from partners' imports). */
    public static boolean issuedHere(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
