package id.sofifi.asn.jobs.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * A job's failure as JBeret can keep it. JBeret serialises the exception a chunk ends with into its job repository
 * and reads it back (listing, restarting the run); a PostgreSQL or EclipseLink exception in it names classes its own
 * class loader cannot see, so the read fails ({@code JBERET000653 Failed to deserialize}) and the run can no longer
 * be restarted or shown. Writers therefore rethrow a plain {@link IllegalStateException} carrying the messages of
 * the whole chain (the SQL state included), and no cause.
 */
public final class JobFailure {
    private JobFailure() {
    }

    /** {@code failure} with its causes flattened into one message, of a type every class loader knows. */
    public static IllegalStateException plain(Exception failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null && messages.size() < 10; t = t.getCause()) {
            String state = t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    ? " [SQLState " + sql.getSQLState() + "]"
                    : "";
            messages.add(t.getClass().getSimpleName() + state + ": " + t.getMessage());
        }
        IllegalStateException plain = new IllegalStateException(String.join("; caused by ", messages));
        plain.setStackTrace(failure.getStackTrace());
        return plain;
    }
}
