/**
 * Performance's batch job: the import of assessments from another appraisal system ({@code skp-import}), built from
 * the parts in {@code jobs.batch}. Employees are known through workforce's {@code KnownEmployees}.
 */
package id.sofifi.asn.performance.batch;
