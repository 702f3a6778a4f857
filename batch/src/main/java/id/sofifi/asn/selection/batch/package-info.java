/**
 * Jakarta Batch (JBeret) artifacts of the selection context: score imports, SKD ranking and final
 * ranking jobs, chunked and checkpointed, with their job XML under {@code META-INF/batch-jobs/}. The
 * server keeps its job repository in PostgreSQL (see wildfly-config), so executions survive a restart.
 * The first jobs arrive with the registration and selection issues; this module is packaged in the EAR
 * already so that they have a home.
 */
package id.sofifi.asn.selection.batch;
