package id.sofifi.asn.servicequality.domain;

/** Unsur pelayanan (ASN-RULES §3), in the order of the decree: a response's answers follow this order. */
public enum SurveyElement {
    /** Persyaratan. */
    REQUIREMENTS,
    /** Sistem, Mekanisme, dan Prosedur. */
    PROCEDURE,
    /** Waktu Penyelesaian. */
    COMPLETION_TIME,
    /** Biaya/Tarif. */
    COST,
    /** Produk Spesifikasi Jenis Pelayanan. */
    PRODUCT,
    /** Kompetensi Pelaksana. */
    COMPETENCE,
    /** Perilaku Pelaksana. */
    CONDUCT,
    /** Penanganan Pengaduan, Saran dan Masukan. */
    COMPLAINT_HANDLING,
    /** Sarana dan Prasarana. */
    FACILITIES;

    /** Answers run from 1 (tidak baik) to 4 (sangat baik). */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;
    public static final int COUNT = values().length;
}
