package id.sofifi.asn.platform.persistence;

import id.sofifi.asn.kernel.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Writes pending changes at once so that the database's own guards (unique keys, foreign keys,
 * versions) answer inside the use case and become domain refusals instead of server errors. The
 * checks before a write give the friendly message; these catch the race between two writers.
 */
public final class Flushing {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private Flushing() {
    }

    public static void persist(EntityManager em, Object entity, String conflictKey, Object... args) {
        em.persist(entity);
        flush(em, conflictKey, args);
    }

    public static void remove(EntityManager em, Object entity, String conflictKey, Object... args) {
        em.remove(entity);
        flush(em, conflictKey, args);
    }

    public static void flush(EntityManager em, String conflictKey, Object... args) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("conflict.staleVersion");
        } catch (PersistenceException e) {
            String state = sqlState(e);
            if (UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)) {
                throw new ConflictException(conflictKey, args);
            }
            throw e;
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
