package id.sofifi.asn.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.identity.application.AuthenticationService;
import id.sofifi.asn.identity.domain.LoginOutcome;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.identity.domain.UserAccount;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff login against the stored accounts, with the lock-out after repeated wrong passwords. */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest
                .earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war").addClass(LoginLockoutIT.class));
    }

    @EJB(lookup = "java:app/ejb/AuthenticationService")
    AuthenticationService authentication;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    @DisplayName("The right password lets in; passwords are stored only as salted PBKDF2 hashes")
    void rightPassword() {
        assertEquals(LoginOutcome.SUCCESS, authentication.login("operator", "oper123".toCharArray()).outcome());
        assertEquals(LoginOutcome.UNKNOWN_ACCOUNT, authentication.login("nobody", "x".toCharArray()).outcome());
        String stored = (String) em
                .createNativeQuery("SELECT password_hash FROM user_account WHERE username = 'operator'")
                .getSingleResult();
        assertTrue(stored.startsWith("pbkdf2-sha256$210000$") && !stored.contains("oper123"), stored);
    }

    @Test
    @DisplayName("Five wrong passwords lock the account, even against the right password, and the lock is audited")
    void fiveWrongPasswordsLock() throws Exception {
        // an account of its own: locking a demo account would lock other tests out for 15 minutes
        String username = SystemTest.unique("kunci").toLowerCase(Locale.ROOT);
        transaction.begin();
        em.joinTransaction();
        em.persist(new UserAccount(username, "Akun uji kunci", "benar123".toCharArray(), EnumSet.of(Role.OPERATOR)));
        transaction.commit();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.WRONG_PASSWORD, authentication.login(username, "salah".toCharArray()).outcome());
        }
        assertEquals(LoginOutcome.LOCKED, authentication.login(username, "salah".toCharArray()).outcome());
        assertEquals(LoginOutcome.LOCKED, authentication.login(username, "benar123".toCharArray()).outcome());
        Number audited = (Number) em
                .createNativeQuery(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'account.locked' AND subject_key = ?1")
                .setParameter(1, username).getSingleResult();
        assertEquals(1, audited.intValue());
    }
}
