/**
 * Screen parts every job-starting screen shares: following one job's progress and row errors
 * ({@link id.sofifi.asn.jobs.web.JobProgress}, shown by {@code /WEB-INF/includes/job-progress.xhtml}).
 */
package id.sofifi.asn.jobs.web;
