package id.sofifi.asn.recruitment.domain;

/** Jenis pengadaan: civil servant candidates (CPNS) or government employees on contract (PPPK). */
public enum ProcurementType {
    CPNS, PPPK
}
