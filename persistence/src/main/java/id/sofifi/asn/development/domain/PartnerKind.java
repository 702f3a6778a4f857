package id.sofifi.asn.development.domain;

/** What a training partner is: a university (perguruan tinggi), a government training institute, or other. */
public enum PartnerKind {
    UNIVERSITY, GOVERNMENT_INSTITUTE, OTHER
}
