package id.sofifi.asn.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** In-container tests' fixtures written as SQL, with numbered parameters ?1, ?2, … in the order given. */
public final class NativeSql {
    private NativeSql() {
    }

    /** Runs one INSERT/UPDATE in the caller's transaction; answers the rows it changed. */
    public static int update(EntityManager em, String statement, Object... parameters) {
        Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
