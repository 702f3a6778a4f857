/**
 * How a batch job's failure is handed to JBeret: as a plain exception every class loader can read back from the job
 * repository (the batch artifacts in the {@code batch} and {@code ejb} modules both throw it, hence its place here).
 */
package id.sofifi.asn.jobs.failure;
