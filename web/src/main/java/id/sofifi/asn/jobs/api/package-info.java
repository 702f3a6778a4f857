/** The API of job executions: status, progress, row errors, stop and restart ({@code /jobs}). */
package id.sofifi.asn.jobs.api;
