package id.sofifi.asn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A password kept only as a slow salted hash, with the count of wrong tries and the lock they
 * caused. Staff accounts and applicants log in by the same rules ({@link LoginPolicy}).
 */
@Embeddable
public class LoginCredentials {
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginCredentials() {
    }

    public LoginCredentials(char[] password) {
        this.passwordHash = PasswordHash.hash(password);
    }

    /** The outcome of one try at {@code now}; a locked account refuses even the right password. */
    public LoginOutcome attempt(char[] password, Instant now, LoginPolicy policy) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return LoginOutcome.LOCKED;
        }
        if (PasswordHash.matches(password, passwordHash)) {
            failedAttempts = 0;
            lockedUntil = null;
            return LoginOutcome.SUCCESS;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxFailedAttempts()) {
            failedAttempts = 0;
            lockedUntil = now.plus(policy.lockDuration());
            return LoginOutcome.LOCKED;
        }
        return LoginOutcome.WRONG_PASSWORD;
    }

    /** Sets a new password (after a reset link) and lifts any lock. */
    public void replace(char[] password) {
        passwordHash = PasswordHash.hash(password);
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
