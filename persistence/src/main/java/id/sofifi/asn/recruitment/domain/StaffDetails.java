package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;

/** What staff type to create or revise a record, checked field by field so that a form learns every mistake. */
public interface StaffDetails {
    /** Adds these details' violations to those an adapter already found (e.g. an unreadable date). */
    void validate(Violations violations);

    /** Checks every field; throws a {@link ValidationFailure} naming all mistakes at once. */
    default void validate() {
        Violations violations = new Violations();
        validate(violations);
        violations.throwIfAny();
    }
}
