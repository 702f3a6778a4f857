package id.sofifi.asn.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A business rule said no. Carries a message key (resolved in the web bundles, Indonesian first) so
 * that a screen and the API explain the same refusal in the same words.
 * Rolls the use case's transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    /** {@code args} may hold nulls: a rule of an entity not yet stored refuses before it has an id. */
    public DomainException(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
