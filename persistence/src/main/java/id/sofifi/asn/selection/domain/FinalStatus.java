package id.sofifi.asn.selection.domain;

/** Where a candidate stands at the final stage (ASN-RULES.md §1.6): only those present are ranked. */
public enum FinalStatus {
    PRESENT, ABSENT, WITHDRAWN, DISQUALIFIED, NOT_ELIGIBLE
}
