package id.sofifi.asn.identity.domain;

/** What became of a login attempt; only {@link #SUCCESS} lets the person in. */
public enum LoginOutcome {
    SUCCESS, WRONG_PASSWORD, LOCKED, INACTIVE, UNKNOWN_ACCOUNT
}
