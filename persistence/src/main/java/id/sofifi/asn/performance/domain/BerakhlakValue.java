package id.sofifi.asn.performance.domain;

/**
 * The seven core values of ASN behaviour (BerAKHLAK, ASN-RULES §2) against which work behaviour is rated: Berorientasi
 * Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.
 */
public enum BerakhlakValue {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
