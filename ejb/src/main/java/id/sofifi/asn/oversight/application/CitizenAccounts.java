package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.application.PasswordLinks;
import id.sofifi.asn.identity.domain.AccountRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Violations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Citizens' (warga) accounts for the forum. A citizen signs up with an e-mail address, which is their username, and
 * confirms it by choosing the password through the mailed single-use link of identity's {@link PasswordLinks} (the
 * mechanism employees use): the account with the role CITIZEN exists only once the link was used. Asking again mails
 * a new link, which also serves as "forgot password".
 */
@Stateless
@PermitAll
public class CitizenAccounts {
    /** The longest e-mail that fits an account's username. */
    static final int MAX_EMAIL = 60;

    @EJB
    PasswordLinks links;

    @Inject
    AccountRepository accounts;

    /**
     * Mails the confirmation link ({@code url} + {@code ?token=…}). An address that already belongs to a staff or
     * other non-citizen account gets no link, and the caller is told the same as anyone else, so the answer reveals no
     * account.
     */
    public void signUp(String email, String fullName, String url) {
        Violations v = new Violations();
        if (v.require(email, "email")) {
            v.check(EmailAddress.valid(email.strip()) && email.strip().length() <= MAX_EMAIL, "email", "citizen.email",
                    MAX_EMAIL);
        }
        v.text(fullName, "fullName", 2, 200).throwIfAny();
        String username = email.strip().toLowerCase(Locale.ROOT);
        boolean otherAccount = accounts.findByUsername(username).map(account -> !account.roles().contains(Role.CITIZEN))
                .orElse(false);
        if (!otherAccount) {
            links.send(username, fullName.strip(), EnumSet.of(Role.CITIZEN), username, url);
        }
    }
}
