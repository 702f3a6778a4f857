package id.sofifi.asn.servicequality.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a response came from: a phone (by the SHA-256 of its address, never the address), a paired kiosk (by its
 * id's digest, so both kinds of source are compared the same way), or paper (no source: staff enter it).
 */
public record SurveySource(Channel channel, String hash, Kiosk kiosk) {
    public static SurveySource phone(String address) {
        return new SurveySource(Channel.PHONE, sha256(String.valueOf(address)), null);
    }

    public static SurveySource kiosk(Kiosk kiosk) {
        return new SurveySource(Channel.KIOSK, sha256("kiosk/" + kiosk.id()), kiosk);
    }

    /** The hex SHA-256 of a text: sources, pairing codes and device tokens are kept only as this. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
