/**
 * Pelindungan data pribadi (ASN-RULES §6) as use cases: the NIK key file set up before the schema migrates, the record
 * of who read a person's data and its report for a breach notice, and the retention of applicant documents.
 */
package id.sofifi.asn.privacy.application;
