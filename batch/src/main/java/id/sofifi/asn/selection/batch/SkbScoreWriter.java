package id.sofifi.asn.selection.batch;

import id.sofifi.asn.platform.persistence.CopyText;
import id.sofifi.asn.selection.domain.ImportedSkbScore;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkdCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * SKB scores may only be given to those who proceeded from SKD (P/L, §1.5), and must carry an extra test score
 * exactly when their formation has one (§1.6). The classifying statement checks both for every staged row, so a
 * refused row gets the same field, key and arguments as a row refused one by one.
 */
@Named
@Dependent
public class SkbScoreWriter extends ScoreImportWriter<ImportedSkbScore> {
    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS skb_score_staging (line bigint NOT NULL,"
            + " registration_number text NOT NULL, cat_score numeric NOT NULL, cat_max numeric NOT NULL,"
            + " extra_score numeric, extra_max numeric) ON COMMIT DELETE ROWS";
    private static final String STAGED_COLUMNS = "skb_score_staging (line, registration_number, cat_score, cat_max,"
            + " extra_score, extra_max)";
    /** Why a row is refused, as its message key; null when it is accepted. */
    private static final String REFUSAL = "CASE WHEN a.id IS NULL THEN 'score.unknownApplication'"
            + " WHEN a.skd_code IS DISTINCT FROM '" + SkdCode.PROCEEDS.label() + "' THEN 'score.notProceeded'"
            + " WHEN a.extra AND r.extra_score IS NULL THEN 'score.extraRequired'"
            + " WHEN NOT a.extra AND r.extra_score IS NOT NULL THEN 'score.extraUnexpected' END";
    private static final String CLASSIFY = "WITH s AS MATERIALIZED (SELECT r.*, a.id AS application_id, a.skd_code,"
            + REFUSAL + " AS refusal, k.application_id IS NOT NULL AS known, k.cat_score AS was_cat_score,"
            + " k.cat_max AS was_cat_max, k.extra_score AS was_extra_score, k.extra_max AS was_extra_max"
            + " FROM skb_score_staging r LEFT JOIN LATERAL (SELECT a.id, f.skb_extra_weight > 0 AS extra, "
            + SelectionResultRepository.skdCodeOf("a.id") + " AS skd_code FROM application a"
            + " JOIN formation f ON f.id = a.formation_id WHERE a.registration_number = r.registration_number"
            + " AND a.period_id = ? LIMIT 1) a ON true"
            + " LEFT JOIN LATERAL (SELECT * FROM skb_score WHERE application_id = a.id LIMIT 1) k ON true),"
            + " refused AS (INSERT INTO import_row_error (job_execution_id, line, field, message_key, message_args)"
            + " SELECT ?, line, CASE WHEN refusal LIKE 'score.extra%' THEN 'extra_score' ELSE 'registration_number'"
            + " END, refusal, CASE refusal WHEN 'score.unknownApplication' THEN registration_number || chr(31) || ?"
            + " WHEN 'score.notProceeded' THEN coalesce(skd_code, '-') ELSE '' END FROM s WHERE refusal IS NOT NULL"
            + " ON CONFLICT DO NOTHING),"
            + " changed AS MATERIALIZED (SELECT * FROM s WHERE refusal IS NULL AND known AND (was_cat_score,"
            + " was_cat_max, was_extra_score, was_extra_max) IS DISTINCT FROM (cat_score, cat_max, extra_score,"
            + " extra_max)),"
            + " recorded AS (INSERT INTO score_change (application_id, stage, job_execution_id, changed_at,"
            + " changed_by, old_value, new_value) SELECT application_id, 'SKB', ?, ?, ?,"
            + " concat_ws('/', was_cat_score, was_cat_max, was_extra_score, was_extra_max),"
            + " concat_ws('/', cat_score, cat_max, extra_score, extra_max) FROM changed),"
            + " updated AS (UPDATE skb_score k SET cat_score = c.cat_score, cat_max = c.cat_max,"
            + " extra_score = c.extra_score, extra_max = c.extra_max, job_execution_id = ? FROM changed c"
            + " WHERE k.application_id = c.application_id"
            + " AND k.application_id = ANY (ARRAY(SELECT application_id FROM changed)) RETURNING 1),"
            + " inserted AS (INSERT INTO skb_score (application_id, cat_score, cat_max, extra_score, extra_max,"
            + " job_execution_id) SELECT application_id, cat_score, cat_max, extra_score, extra_max, ? FROM s"
            + " WHERE refusal IS NULL AND NOT known RETURNING 1)"
            + " SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated),"
            + " ARRAY(SELECT line FROM s WHERE refusal IS NOT NULL)";

    public SkbScoreWriter() {
        super("SKB", STAGING, STAGED_COLUMNS, CLASSIFY);
    }

    @Override
    protected CopyText staged(List<ImportedSkbScore> rows) {
        CopyText staged = new CopyText();
        for (ImportedSkbScore row : rows) {
            staged.row(row.line(), row.registrationNumber(), row.score().catScore(), row.score().catMax(),
                    row.score().extraScore(), row.score().extraMax());
        }
        return staged;
    }
}
