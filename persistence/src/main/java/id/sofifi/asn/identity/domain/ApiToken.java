package id.sofifi.asn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * A bearer token of an agency client or a staff account for the API. Only its SHA-256 is stored (the
 * token itself is long and random, so a fast hash is enough). A token whose {@code revoked_at} is set
 * is refused from that moment on. A token of an agency {@link ApiClient} is also refused once its own expiry (the
 * grace a rotation leaves it) or its client's has passed; a staff token (no client) has neither.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
    /** Recognisable by secret scanners and by eye: "asn" and an underscore. */
    public static final String PREFIX = "asn_";
    /**
     * How long the old token keeps working after a rotation: a day, so an agency can roll the new one out to its
     * servers without an outage; a suspected leak is revoked instead, which acts at once.
     */
    public static final Duration ROTATION_GRACE = Duration.ofHours(24);

    private static final int HINT_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String principal;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private ApiClient client;

    /** The prefix and the first characters of the token, so an administrator recognises one without holding it. */
    @Column(name = "token_hint", length = 12)
    private String tokenHint;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    /**
     * A new random token for a client: {@value #PREFIX} and 32 random bytes in base64url, so a token pasted where it
     * should not be is recognised by secret scanners. The token itself is in the answer only; it is never stored.
     */
    public static Issued issue(ApiClient client, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(forClient(client, secret, now), secret);
    }

    /** A client's token with a given secret: the demo's documented agency token, and {@link #issue}. */
    public static ApiToken forClient(ApiClient client, String secret, Instant now) {
        ApiToken token = new ApiToken(client.principal(), secret, EnumSet.of(Role.AGENCY), now);
        token.client = client;
        token.tokenHint = secret.substring(0, Math.min(HINT_LENGTH, secret.length()));
        return token;
    }

    public ApiToken(String principal, String token, Set<Role> roles, Instant createdAt) {
        this.principal = principal;
        this.tokenHash = hashOf(token);
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isRevoked() { return revokedAt != null; }

    /** Whether a call carrying this token is served at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt))
                && (client == null || now.isBefore(client.expiresAt()));
    }

    /** Refused from now on; a token already revoked keeps its first revocation time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A rotation replaced it: it keeps working for {@link #ROTATION_GRACE}, or less if it would expire sooner. */
    public void retire(Instant now) {
        Instant end = now.plus(ROTATION_GRACE);
        if (expiresAt == null || end.isBefore(expiresAt)) {
            expiresAt = end;
        }
    }

    public Long id() {
        return id;
    }

    public Optional<ApiClient> client() {
        return Optional.ofNullable(client);
    }

    public String tokenHint() {
        return tokenHint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String principal() {
        return principal;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** A token just issued with the secret its holder sends; shown once and then forgotten. */
    public record Issued(ApiToken token, String secret) {
    }
}
