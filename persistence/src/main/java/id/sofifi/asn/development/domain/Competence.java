package id.sofifi.asn.development.domain;

/** Kompetensi (ASN-RULES §4): teknis, manajerial, sosial kultural (ethics included). */
public enum Competence {
    TECHNICAL, MANAGERIAL, SOCIOCULTURAL
}
