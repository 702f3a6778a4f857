package id.sofifi.asn.servicequality.application;

/** What a tablet receives when it claims a pairing: its device token (kept as a cookie) and its unit's code. */
public record KioskClaim(String deviceToken, String serviceUnitCode) {
}
