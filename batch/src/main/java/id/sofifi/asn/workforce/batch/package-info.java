/**
 * Batch artifacts of the workforce context, built from the shared parts of {@code jobs.batch}: the import of the
 * existing workforce from the personnel system ({@code employee-import}), and the {@code appointment} job, whose
 * {@link id.sofifi.asn.workforce.batch.AppointeeReader} asks selection's door for the passed applicants of a
 * published FINAL announcement page by page and whose {@link id.sofifi.asn.workforce.batch.AppointmentWriter}
 * appoints them as CPNS with their NIP (ASN-RULES §4).
 */
package id.sofifi.asn.workforce.batch;
