package id.sofifi.asn.kernel;

import java.util.ArrayList;
import java.util.List;

/** Collects field violations so that a form or request body learns all its mistakes at once. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Records a violation unless the field already has one: the first reason given for a field stands. */
    public Violations check(boolean valid, String field, String messageKey, Object... args) {
        if (!valid && found.stream().noneMatch(v -> v.field().equals(field))) {
            found.add(new Violation(field, messageKey, List.of(args)));
        }
        return this;
    }

    /** Takes over violations found by a domain check, keeping the first reason per field. */
    public Violations addAll(List<Violation> violations) {
        violations.forEach(v -> check(false, v.field(), v.messageKey(), v.args().toArray()));
        return this;
    }

    /** Whether the field is present; a missing one is recorded. A field already found invalid counts as absent. */
    public boolean require(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        check(present, field, "validation.required");
        return present && (found.isEmpty() || found.stream().noneMatch(v -> v.field().equals(field)));
    }

    public Violations text(String value, String field, int min, int max) {
        if (require(value, field)) {
            int length = value.strip().length();
            check(length >= min && length <= max, field, "validation.length", min, max);
        }
        return this;
    }

    public Violations code(String value, String field, CodeFormat format) {
        if (require(value, field)) {
            check(format.matches(value), field, "validation.code", format.minLength(), format.maxLength());
        }
        return this;
    }

    public Violations range(Integer value, String field, int min, int max) {
        if (require(value, field)) {
            check(value >= min && value <= max, field, "validation.range", min, max);
        }
        return this;
    }

    public boolean isEmpty() { return found.isEmpty(); }

    public List<Violation> found() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationFailure(found);
        }
    }
}
