package id.sofifi.asn.oversight.domain;

/** Klasifikasi laporan (ASN-RULES §5): pengaduan, aspirasi, permintaan informasi. */
public enum ComplaintKind {
    COMPLAINT, ASPIRATION, INFORMATION_REQUEST
}
