package id.sofifi.asn.performance.domain;

/**
 * How an evaluating official rates work results (hasil kerja) or work behaviour (perilaku kerja) against the
 * expectation (ASN-RULES §2): Di Atas, Sesuai or Di Bawah Ekspektasi.
 */
public enum Rating {
    ABOVE, AS_EXPECTED, BELOW
}
