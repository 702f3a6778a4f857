package id.sofifi.asn.oversight.domain;

/** A step of a case that has a deadline; a missed one is listed as {@code overdue} on the public page. */
public enum Step {
    ROUTE, FOLLOW_UP, CLOSE, SETTLE
}
