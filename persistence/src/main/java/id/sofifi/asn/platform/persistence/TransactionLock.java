package id.sofifi.asn.platform.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A named lock in the shared database, held until the caller's transaction ends. Servers of one cluster start
 * together on one database; work that must happen once (seeding the demo data) waits here for the other server's
 * transaction, then sees what it wrote instead of writing it a second time.
 */
@Dependent
public class TransactionLock {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    public void hold(String name) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name).getSingleResult();
    }
}
