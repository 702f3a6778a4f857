/**
 * Batch artifacts of the selection context: the SKD and SKB score imports (ending with the check that no score
 * is left without its application, {@link ScoreOrphanCheck}) and the two ranking jobs
 * ({@code skd-ranking}, {@code final-ranking}), partitioned by formation. The rules themselves live in
 * {@code id.sofifi.asn.selection.domain}; these classes only read, hand over and write in bulk.
 */
package id.sofifi.asn.selection.batch;
