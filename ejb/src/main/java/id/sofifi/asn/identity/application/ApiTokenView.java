package id.sofifi.asn.identity.application;

import java.io.Serializable;
import id.sofifi.asn.identity.domain.ApiToken;
import java.time.Instant;

/**
 * A client's token as an administrator sees it: recognised by its hint, never shown whole. {@code expiresAt} is the
 * earlier of the token's own end (a rotation's grace) and its client's.
 */
public record ApiTokenView(long id, String hint, Instant createdAt, Instant expiresAt, Instant revokedAt,
        Instant lastUsedAt, Status status) implements Serializable {

    /** ACTIVE; GRACE: replaced by a rotation, still working until {@code expiresAt}; REVOKED; EXPIRED. */
    public enum Status {
        ACTIVE, GRACE, REVOKED, EXPIRED
    }

    static ApiTokenView of(ApiToken t, Instant now) {
        Instant clientEnd = t.client().map(c -> c.expiresAt()).orElse(null);
        Instant end = t.expiresAt() == null || clientEnd != null && clientEnd.isBefore(t.expiresAt())
                ? clientEnd
                : t.expiresAt();
        Status status = t.revokedAt() != null
                ? Status.REVOKED
                : !t.usableAt(now) ? Status.EXPIRED : t.expiresAt() != null ? Status.GRACE : Status.ACTIVE;
        return new ApiTokenView(t.id(), t.tokenHint(), t.createdAt(), end, t.revokedAt(), t.lastUsedAt(), status);
    }
}
