package id.sofifi.asn.recruitment.domain;

/** The panel's answer to an objection. */
public enum ObjectionOutcome {
    ACCEPTED, REJECTED
}
