package id.sofifi.asn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
 * A staff account. Logs in with its {@link LoginCredentials}; an inactive account cannot log in.
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

    @Embedded
    private LoginCredentials credentials;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, char[] password, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.credentials = new LoginCredentials(password);
        this.roles = EnumSet.copyOf(roles);
    }

    /** The outcome of one login attempt at {@code now}; updates the failure count and lock. */
    public LoginOutcome attemptLogin(char[] password, Instant now, LoginPolicy policy) {
        if (!active) {
            return LoginOutcome.INACTIVE;
        }
        return credentials.attempt(password, now, policy);
    }

    /** A password chosen through a {@link PasswordLink}; lifts any lock. */
    public void replacePassword(char[] password) {
        credentials.replace(password);
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public Instant lockedUntil() {
        return credentials.lockedUntil();
    }
}
