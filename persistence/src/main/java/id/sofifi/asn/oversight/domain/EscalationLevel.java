package id.sofifi.asn.oversight.domain;

/** Who hears of a missed deadline (ASN-RULES §5): first the responsible unit's head, then the inspectorate. */
public enum EscalationLevel {
    HEAD, INSPECTORATE
}
