package id.sofifi.asn.identity.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.ApiClientRepository;
import id.sofifi.asn.identity.domain.ApiToken;
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
import java.time.Instant;
import java.util.Optional;

/**
 * Checks staff passwords and API tokens. Each login attempt commits on its own, so a failure counts
 * towards the lock-out even though the caller is turned away; attempts on one account queue on a row
 * lock, so parallel guesses are all counted. A token check runs in a transaction of its own too, which writes the
 * token's last use when one is due.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationService {
    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHash.hash("no such account".toCharArray());

    @Inject
    AccountRepository accounts;

    @Inject
    ApiClientRepository clients;

    @Inject
    RecentTokenUse recentUse;

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

    /**
     * The grant of a token that is neither unknown, revoked nor expired (its own expiry or its client's). Its use is
     * written at most once a minute per token ({@link RecentTokenUse}), never on every call.
     */
    public Optional<TokenGrant> byToken(String token) {
        Instant now = clock.instant();
        Optional<ApiToken> usable = clients.findToken(token).filter(t -> t.usableAt(now));
        usable.filter(t -> recentUse.due(t.id(), now)).ifPresent(t -> clients.touch(t.id(), now, RecentTokenUse.EVERY));
        return usable.map(
                t -> new TokenGrant(new Caller(t.principal(), t.roles()), t.id(), t.client().map(ApiClient::scopes)));
    }
}
