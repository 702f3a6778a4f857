/**
 * Service quality's batch job: the import of paper survey forms of one service unit ({@code survey-import}), built
 * from the parts in {@code jobs.batch}.
 */
package id.sofifi.asn.servicequality.batch;
