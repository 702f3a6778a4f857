package id.sofifi.asn.identity.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Staff accounts, their password links and their API tokens as stored (agency clients: ApiClientRepository). */
@Dependent
public class AccountRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The account, locked in the database until the login attempt's transaction ends. */
    public Optional<UserAccount> lockForLogin(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public Optional<PasswordLink> findLink(String tokenHash) {
        return em.createQuery("SELECT l FROM PasswordLink l WHERE l.tokenHash = :h", PasswordLink.class)
                .setParameter("h", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public void add(PasswordLink link) {
        em.persist(link);
    }

    public long countAccounts() {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public void add(ApiToken token) {
        em.persist(token);
    }
}
