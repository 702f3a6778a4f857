package id.sofifi.asn.identity.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.NewPassword;
import id.sofifi.asn.identity.domain.OneTimeSecret;
import id.sofifi.asn.identity.domain.PasswordLink;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.identity.domain.UserAccount;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.notification.domain.Outbox;
import id.sofifi.asn.notification.domain.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * Accounts whose owner chooses the password through a mailed single-use link, so that nobody else ever knows it:
 * employees get their first password this way. The context that knows the person (workforce) asks for the link;
 * identity keeps the account and the secret.
 */
@Stateless
@PermitAll
public class PasswordLinks {
    static final String SUBJECT = "UserAccount";

    @Inject
    AccountRepository accounts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Mails {@code email} a link ({@code url} + {@code ?token=…}) that sets the password of {@code username}. */
    public void send(String username, String fullName, Set<Role> roles, String email, String url) {
        OneTimeSecret secret = OneTimeSecret.create();
        accounts.add(new PasswordLink(username, fullName, roles, secret.hash(), clock.instant()));
        outbox.add(new OutboxMessage(email, "Kata sandi akun ASN Sofifi",
                "Yth. " + fullName + ",\n\nUntuk membuat kata sandi akun Anda (nama pengguna: " + username
                        + "), buka tautan berikut" + " (berlaku 3 hari, sekali pakai):\n" + url + "?token="
                        + secret.token() + "\n\nAbaikan e-mail ini jika Anda tidak memintanya.",
                clock.instant()));
        audit.record("account.passwordLinkSent", SUBJECT, username, null, null,
                "Tautan kata sandi dikirim ke e-mail " + username);
    }

    /** Sets the password the link is for, creating the account on first use; answers the username. */
    public String redeem(String token, char[] password, char[] repeated) {
        Violations violations = new Violations();
        NewPassword.check(password, repeated, violations);
        violations.throwIfAny();
        PasswordLink link = accounts.findLink(OneTimeSecret.hashOf(token))
                .orElseThrow(() -> new DomainException("passwordLink.invalid"));
        link.redeem(clock.instant());
        accounts.findByUsername(link.username()).ifPresentOrElse(account -> account.replacePassword(password),
                () -> accounts.add(new UserAccount(link.username(), link.fullName(), password, link.roles())));
        audit.recordAs(link.username(), "account.passwordSet", SUBJECT, link.username(), null, null,
                "Kata sandi akun " + link.username() + " dibuat melalui tautan");
        return link.username();
    }
}
