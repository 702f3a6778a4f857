package id.sofifi.asn.kernel;

import java.util.List;

/** One invalid field: its name as the client sent it, and a message key with arguments. */
public record Violation(String field, String messageKey, List<Object> args) {
    /** Separates arguments where a violation is stored as text (import errors); no input value may carry it. */
    public static final String STORED_ARGUMENT_SEPARATOR = "\u001F";

    public Violation {
        args = List.copyOf(args);
    }
}
