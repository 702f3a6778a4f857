package id.sofifi.asn.benchmark;

/**
 * A step of an applicant's path that the portal answered, but not as it should have: a status other than 200, a
 * form refused with a message, a mail that never came. Its message is the kind the figures count it under.
 */
final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String kind) {
        super(kind, null, false, false); // counted by kind, never printed with a trace
    }
}
