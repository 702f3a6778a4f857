/**
 * Control of the batch jobs for operators and the API: launching with who asked, stopping, restarting
 * from the last checkpoint, progress and history, and the recognition at start-up of runs a killed server
 * left unfinished. Which job may run is decided by each context's use case; the jobs of one selection period
 * (selection's and workforce's) share their start, stop, restart and history in {@code PeriodJobs}; the CSV
 * imports of no period are stopped and restarted through {@code ImportJobs}.
 */
package id.sofifi.asn.jobs.application;
