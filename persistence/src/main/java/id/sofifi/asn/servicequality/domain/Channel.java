package id.sofifi.asn.servicequality.domain;

/**
 * How a response arrived: a citizen's own phone (limited per address and hour), a kiosk tablet at the counter, or a
 * paper form entered by staff.
 */
public enum Channel {
    PHONE, KIOSK, PAPER
}
