package id.sofifi.asn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff account. Logs in with a password kept only as a slow salted hash; after too many wrong
 * passwords in a row it is locked for a while ({@link LoginPolicy}), even for the right password.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 60)
    private String username;
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, char[] password, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = PasswordHash.hash(password);
        this.roles = EnumSet.copyOf(roles);
    }

    /** The outcome of one login attempt at {@code now}; updates the failure count and lock. */
    public LoginOutcome attemptLogin(char[] password, Instant now, LoginPolicy policy) {
        if (!active) {
            return LoginOutcome.INACTIVE;
        }
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

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
