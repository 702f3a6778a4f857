package id.sofifi.asn.performance.domain;

/**
 * Where a laporan evaluasi berkala stands: its job still computing (RUNNING), its figures and files stored
 * (READY), frozen by an administrator (PUBLISHED), or its job gave up (FAILED; a restart continues it).
 */
public enum ReportStatus {
    RUNNING, READY, PUBLISHED, FAILED
}
