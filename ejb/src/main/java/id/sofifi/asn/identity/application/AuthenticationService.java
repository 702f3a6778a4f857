package id.sofifi.asn.identity.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.LoginOutcome;
import id.sofifi.asn.identity.domain.LoginPolicy;
import id.sofifi.asn.identity.domain.PasswordHash;
import id.sofifi.asn.identity.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks staff passwords and API tokens. Each login attempt commits on its own, so a failure counts
 * towards the lock-out even though the caller is turned away; attempts on one account queue on a row
 * lock, so parallel guesses are all counted.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationService {
    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHash.hash("no such account".toCharArray());

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public LoginResult login(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.lockForLogin(username.strip());
        if (found.isEmpty()) {
            // as slow as a real check, so response times do not tell which usernames exist
            PasswordHash.matches(password, UNKNOWN_ACCOUNT_HASH);
            return new LoginResult(LoginOutcome.UNKNOWN_ACCOUNT, null);
        }
        UserAccount account = found.get();
        boolean wasLocked = account.lockedUntil() != null && clock.instant().isBefore(account.lockedUntil());
        LoginOutcome outcome = account.attemptLogin(password, clock.instant(), LoginPolicy.STANDARD);
        if (outcome == LoginOutcome.LOCKED && !wasLocked) {
            audit.recordAs(account.username(), "account.locked", "UserAccount", account.username(), null, null,
                    "Akun dikunci sampai " + account.lockedUntil() + " setelah "
                            + LoginPolicy.STANDARD.maxFailedAttempts() + " kali salah kata sandi");
        }
        Caller caller = outcome == LoginOutcome.SUCCESS ? new Caller(account.username(), account.roles()) : null;
        return new LoginResult(outcome, caller);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> byToken(String token) {
        return accounts.findToken(token).filter(t -> !t.isRevoked()).map(t -> new Caller(t.principal(), t.roles()));
    }
}
