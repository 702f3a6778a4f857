package id.sofifi.asn.kernel;

import java.util.List;

/** One invalid field: its name as the client sent it, and a message key with arguments. */
public record Violation(String field, String messageKey, List<Object> args) {
    public Violation {
        args = List.copyOf(args);
    }
}
