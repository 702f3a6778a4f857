/**
 * Batch artifacts of the recruitment context: the import of applications from an external
 * registration export ({@code application-import} job). They live in an EAR library, so they use the
 * persistence module directly (repositories, audit) and plain JDBC for bulk writes.
 */
package id.sofifi.asn.recruitment.batch;
