/**
 * Development's batch jobs: the import of training records that partners report ({@code training-record-import}),
 * built from the parts in {@code jobs.batch}. Employees are known through workforce's {@code KnownEmployees}.
 */
package id.sofifi.asn.development.batch;
