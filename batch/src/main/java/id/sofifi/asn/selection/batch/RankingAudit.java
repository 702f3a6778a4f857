package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.JobAudit;
import id.sofifi.asn.jobs.batch.JobPeriod;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The last step of a ranking job: audits the ranking with a SHA-256 digest over all its results in
 * application order, so two runs on the same input can be compared (a restarted run must give
 * the same digest as an uninterrupted one) and a later change to a result is visible against the
 * audit trail. As a step (not a job listener) it is part of the job: COMPLETED means audited.
 */
@Named
@Dependent
public class RankingAudit extends AbstractBatchlet {
    /** Each result in a canonical form; ordered by application id, the key the results are stored under. */
    private static final Map<String, String> CANONICAL = Map.of(
            "skd_result",
            "concat_ws('|', application_id, code, rank, tie_break)",
            "final_result",
            "concat_ws('|', application_id, code, rank, tie_break, skd100, skb100, final_score,"
                    + " placed_formation_id)");

    @Inject
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    JobPeriod period;

    @Inject
    JobAudit audit;

    /** The table the job's results are in. */
    @Inject
    @BatchProperty(name = "results")
    String table;

    /** The audit append needs a transaction, which a batchlet is not given. */
    @Override
    @Transactional
    public String process() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement digest = c.prepareStatement("SELECT count(*), encode(sha256(convert_to(coalesce("
                        + "string_agg(" + CANONICAL.get(table) + ", E'\\n' ORDER BY application_id), ''), 'UTF8')),"
                        + " 'hex') FROM " + table + " WHERE period_id = ?")) {
            digest.setLong(1, period.id());
            try (ResultSet rs = digest.executeQuery()) {
                rs.next();
                audit.record(
                        job.getJobName() + ".completed",
                        "Ranking",
                        rs.getString(2),
                        "Pemeringkatan " + job.getJobName() + " " + period.code() + " (job " + job.getExecutionId()
                                + "): " + rs.getLong(1) + " hasil");
            }
        }
        return BatchStatus.COMPLETED.name();
    }
}
