/**
 * The job {@code evaluation-report} (laporan evaluasi berkala): a chunk step that reads the report's work units
 * (one item per unit, the checkpoint the number committed), computes each unit's figures and stores them
 * (idempotent per unit, so a restart after a stop continues and gives the same figures), then a step that renders
 * the PDF and XLSX and marks the report READY. Its artifacts live in the EJB module, not in the batch library,
 * because they call the report's use cases ({@code ReportRun}), which that library cannot see; the job XML stays
 * with the others in the batch library.
 */
package id.sofifi.asn.performance.batch;
