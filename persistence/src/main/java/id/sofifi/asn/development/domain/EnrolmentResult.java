package id.sofifi.asn.development.domain;

/** The result of a completed enrolment: only a passed training earns JP and a certificate. */
public enum EnrolmentResult {
    PASSED, NOT_PASSED
}
