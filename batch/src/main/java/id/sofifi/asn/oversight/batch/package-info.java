/**
 * Oversight's batch job: {@code complaint-import}, the bulk forward of cases from SP4N-LAPOR! that keep their
 * tracking code and time of receipt.
 */
package id.sofifi.asn.oversight.batch;
