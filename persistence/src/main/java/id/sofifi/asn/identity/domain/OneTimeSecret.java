package id.sofifi.asn.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret mailed once (a confirmation or password link) and the SHA-256 that is all the database keeps of it:
 * 256 random bits, so a fast hash is enough and a read of the database cannot use a link.
 */
public record OneTimeSecret(String token, String hash) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static OneTimeSecret create() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new OneTimeSecret(token, hashOf(token));
    }

    /** The stored form of a token a caller presents; a missing token hashes to something no link has. */
    public static String hashOf(String token) {
        return ApiToken.hashOf(token == null ? "" : token.strip());
    }
}
