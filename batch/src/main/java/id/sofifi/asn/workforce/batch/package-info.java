/**
 * The workforce's batch job {@code appointment}: {@link id.sofifi.asn.workforce.batch.AppointeeReader} asks
 * selection's door for the passed applicants of a published FINAL announcement page by page, and
 * {@link id.sofifi.asn.workforce.batch.AppointmentWriter} appoints them as CPNS with their NIP (ASN-RULES §4).
 */
package id.sofifi.asn.workforce.batch;
