package id.sofifi.asn.selection.batch;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.jobs.batch.JobAudit;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The last step of a score import: no score may be left without its application (lamaran). The scores have no
 * foreign key to {@code application} (V37: the import's own join checks each row, the key only repeated it), and
 * the database refuses to delete an application with scores; this counts what that guard would have let through,
 * so the job's end states the invariant. A score found without its application is removed, as the key's
 * {@code ON DELETE CASCADE} did, and the audit entry names how many and their application ids. As a step, not a
 * listener: COMPLETED means checked and audited.
 */
@Named
@Dependent
public class ScoreOrphanCheck extends AbstractBatchlet {
    /** The score tables by stage; the property names the table, so only these two are accepted. */
    private static final Map<String, String> STAGES = Map.of("skd_score", "SKD", "skb_score", "SKB");

    @Inject
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    JobAudit audit;

    /** {@code skd_score} or {@code skb_score}. */
    @Inject
    @BatchProperty(name = "scores")
    String table;

    /** The audit append needs a transaction, which a batchlet is not given. */
    @Override
    @Transactional
    public String process() throws SQLException {
        String stage = STAGES.get(table);
        if (stage == null) {
            throw new IllegalArgumentException("scores must be one of " + STAGES.keySet() + ": " + table);
        }
        List<Long> orphans = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement delete = c.createStatement();
                ResultSet rs = delete.executeQuery("WITH gone AS (DELETE FROM " + table + " s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM application a WHERE a.id = s.application_id) RETURNING application_id)"
                        + " SELECT application_id FROM gone ORDER BY application_id")) {
            while (rs.next()) {
                orphans.add(rs.getLong(1));
            }
        }
        audit.record(stage.toLowerCase(Locale.ROOT) + ".scoreOrphanCheck", "ScoreImport",
                AuditChain.sha256(orphans.toString()),
                "Pemeriksaan nilai " + stage + " tanpa lamaran (job " + job.getExecutionId() + "): " + orphans.size()
                        + (orphans.isEmpty() ? "" : " dihapus, lamaran " + orphans));
        return BatchStatus.COMPLETED.name();
    }
}
