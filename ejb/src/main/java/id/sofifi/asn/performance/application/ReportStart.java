package id.sofifi.asn.performance.application;

/** A report just created and the job execution computing it. */
public record ReportStart(long reportId, long jobExecutionId) {
}
