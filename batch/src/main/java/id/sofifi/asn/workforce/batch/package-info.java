/**
 * Batch artifacts of the workforce context: the import of the existing workforce from the personnel system
 * ({@code employee-import} job), built from the shared parts of {@code jobs.batch}.
 */
package id.sofifi.asn.workforce.batch;
