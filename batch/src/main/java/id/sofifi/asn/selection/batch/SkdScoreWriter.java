package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.platform.persistence.CopyText;
import id.sofifi.asn.selection.domain.ImportedSkdScore;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a chunk of valid SKD rows (§1.2, §1.3) the way PostgreSQL takes rows fastest: streamed by COPY into a
 * session-local staging table, then one set-based statement that joins them to the period's applications and
 * classifies each row. A number of no application of the period, or of one not found MS, is refused with its
 * line; an unchanged score is neither written nor locked, so re-sending a file costs only reading; a new score is
 * inserted; a changed one is updated and recorded in {@code score_change} with its old and new value. The chunk's
 * one audit entry carries the counts.
 */
@Named
@Dependent
public class SkdScoreWriter extends ImportWriter<ImportedSkdScore> {
    /** Emptied by every commit, so a pooled connection never carries one chunk's rows into the next. */
    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS skd_score_staging (line bigint NOT NULL,"
            + " registration_number text NOT NULL, attendance text NOT NULL, twk smallint, tiu smallint, tkp smallint)"
            + " ON COMMIT DELETE ROWS";
    private static final String REFUSED = "application_id IS NULL OR status <> 'MS'";
    /**
     * Parameters: period id; job execution, period code (the refusals); job execution, time, actor (the changes);
     * job execution (updated rows); job execution (new rows). Answers inserted, changed and the refused lines.
     */
    private static final String CLASSIFY = "WITH s AS MATERIALIZED (SELECT r.*, a.id AS application_id, a.status,"
            + " k.application_id IS NOT NULL AS known, k.attendance AS was_attendance, k.twk AS was_twk,"
            + " k.tiu AS was_tiu, k.tkp AS was_tkp FROM skd_score_staging r"
            // LATERAL with LIMIT: one index probe per row; a join would hash the whole period per chunk
            + " LEFT JOIN LATERAL (SELECT id, status FROM application WHERE registration_number = r.registration_number"
            + " AND period_id = ? LIMIT 1) a ON true"
            + " LEFT JOIN LATERAL (SELECT * FROM skd_score WHERE application_id = a.id LIMIT 1) k ON true),"
            + " refused AS (INSERT INTO import_row_error (job_execution_id, line, field, message_key, message_args)"
            + " SELECT ?, line, 'registration_number', CASE WHEN application_id IS NULL"
            + " THEN 'score.unknownApplication' ELSE 'score.notMs' END, CASE WHEN application_id IS NULL"
            + " THEN registration_number || chr(31) || ? ELSE status END FROM s WHERE " + REFUSED
            + " ON CONFLICT DO NOTHING),"
            + " changed AS MATERIALIZED (SELECT * FROM s WHERE status = 'MS' AND known AND (was_attendance, was_twk,"
            + " was_tiu, was_tkp) IS DISTINCT FROM (attendance, twk, tiu, tkp)),"
            + " recorded AS (INSERT INTO score_change (application_id, stage, job_execution_id, changed_at,"
            + " changed_by, old_value, new_value) SELECT application_id, 'SKD', ?, ?, ?,"
            + " concat_ws('/', was_attendance, was_twk, was_tiu, was_tkp), concat_ws('/', attendance, twk, tiu, tkp)"
            + " FROM changed),"
            + " updated AS (UPDATE skd_score k SET attendance = c.attendance, twk = c.twk, tiu = c.tiu, tkp = c.tkp,"
            + " job_execution_id = ? FROM changed c WHERE k.application_id = c.application_id"
            + " AND k.application_id = ANY (ARRAY(SELECT application_id FROM changed)) RETURNING 1),"
            // a plain insert: a score stored meanwhile by a concurrent import fails the chunk rather than being lost
            + " inserted AS (INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
            + " SELECT application_id, attendance, twk, tiu, tkp, ? FROM s WHERE status = 'MS' AND NOT known"
            + " RETURNING 1)" + " SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated),"
            + " ARRAY(SELECT line FROM s WHERE " + REFUSED + ")";

    private static final String STAGED_COLUMNS = "skd_score_staging (line, registration_number, attendance, twk,"
            + " tiu, tkp)";

    @Inject
    JobContext job;

    public SkdScoreWriter() {
        super("skd.scoresImported", "ScoreImport", "Impor nilai SKD");
    }

    @Override
    protected long line(ImportedSkdScore row) {
        return row.line();
    }

    @Override
    protected Stored store(Connection c, List<ImportedSkdScore> rows, Instant now) throws SQLException {
        try (Statement create = c.createStatement()) {
            create.execute(STAGING);
        }
        staged(rows).copyInto(c, STAGED_COLUMNS);
        long execution = job.getExecutionId();
        try (PreparedStatement classify = c.prepareStatement(CLASSIFY)) {
            classify.setLong(1, period.id());
            classify.setLong(2, execution);
            classify.setString(3, period.code());
            classify.setLong(4, execution);
            classify.setTimestamp(5, Timestamp.from(now));
            classify.setString(6, actor());
            classify.setLong(7, execution);
            classify.setLong(8, execution);
            try (ResultSet rs = classify.executeQuery()) {
                rs.next();
                Set<Long> refused = Arrays.stream((Long[]) rs.getArray(3).getArray()).collect(Collectors.toSet());
                List<ImportedSkdScore> accepted = rows.stream().filter(r -> !refused.contains(r.line())).toList();
                return new Stored(accepted,
                        rs.getLong(1) + " baru, " + rs.getLong(2) + " berubah, " + refused.size() + " ditolak");
            }
        }
    }

    /** The rows as the staging table's columns; subtests are null for TH and DIS. */
    static CopyText staged(List<ImportedSkdScore> rows) {
        CopyText staged = new CopyText();
        for (ImportedSkdScore row : rows) {
            boolean present = row.score() != null;
            staged.row(row.line(), row.registrationNumber(), row.attendance().name(),
                    present ? row.score().twk() : null, present ? row.score().tiu() : null,
                    present ? row.score().tkp() : null);
        }
        return staged;
    }
}
