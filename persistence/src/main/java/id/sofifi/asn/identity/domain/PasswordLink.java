package id.sofifi.asn.identity.domain;

import id.sofifi.asn.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A mailed single-use link with which a person sets the password of the account {@code username}: an employee's
 * first password (the account is created when the link is used, with the roles the link carries) or a new one
 * later. Only the hash of the secret is stored.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {
    public static final Duration LIFETIME = Duration.ofDays(3);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    public PasswordLink(String username, String fullName, Set<Role> roles, String tokenHash, Instant now) {
        this.username = username;
        this.fullName = fullName;
        this.roles = EnumSet.copyOf(roles);
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** Marks the link used; a used or expired link is refused with the same words, so it tells nothing. */
    public void redeem(Instant now) {
        if (usedAt != null || !now.isBefore(createdAt.plus(LIFETIME))) {
            throw new DomainException("passwordLink.invalid");
        }
        usedAt = now;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
