package id.sofifi.asn.servicequality.domain;

/**
 * Why a response looks like gaming the survey: many from one source within minutes ({@code BURST}), or the same
 * nine answers from one source several times in a row ({@code IDENTICAL_RUN}).
 */
public enum FlagReason {
    BURST, IDENTICAL_RUN
}
