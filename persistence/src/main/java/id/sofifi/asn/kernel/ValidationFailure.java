package id.sofifi.asn.kernel;

import java.util.List;

/** Input broke one or more field rules; every broken field is listed, not just the first. */
public class ValidationFailure extends DomainException {
    private final List<Violation> violations;

    public ValidationFailure(List<Violation> violations) {
        super("validation.failed", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
