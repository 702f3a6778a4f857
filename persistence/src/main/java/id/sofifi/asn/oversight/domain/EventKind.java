package id.sofifi.asn.oversight.domain;

/** What happened to a case, one entry of its timeline. */
public enum EventKind {
    FILED, ROUTED, REFUSED, FOLLOWED_UP, REPLIED, CLOSED, REOPENED
}
