/**
 * The parts every job is built from: the CSV reader of an import ({@link CsvRowReader}), the row errors
 * it keeps ({@link ImportRowErrors}), the period a job works on ({@link JobPeriod}) and the audit entry
 * a chunk or step leaves ({@link JobAudit}). A new import is a processor that parses its row type, a
 * writer that stores it ({@link ImportWriter}; {@link StagingWriter} when rows are checked against what is stored
 * in one set-based statement after a COPY), and a job XML that wires them with these parts; job parameters reach each
 * artifact as {@code @BatchProperty}, declared on the artifact in the job XML.
 */
package id.sofifi.asn.jobs.batch;
