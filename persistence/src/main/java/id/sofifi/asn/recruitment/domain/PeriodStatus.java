package id.sofifi.asn.recruitment.domain;

/** Where a period's registration window stands at a given moment. */
public enum PeriodStatus {
    UPCOMING, OPEN, CLOSED
}
