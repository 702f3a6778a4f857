/**
 * Screen parts every job-starting screen shares: following one job's progress and row errors
 * ({@link id.sofifi.asn.jobs.web.JobProgress}, shown by {@code /WEB-INF/includes/job-progress.xhtml}), and
 * uploading the CSV an import job reads ({@link id.sofifi.asn.jobs.web.CsvUpload}).
 */
package id.sofifi.asn.jobs.web;
