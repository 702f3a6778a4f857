package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.JobAudit;
import id.sofifi.asn.jobs.batch.JobPeriod;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
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
        SelectionResultRepository.Digest digest;
        try (Connection c = dataSource.getConnection()) {
            digest = SelectionResultRepository.digest(c, SelectionResultRepository.Table.named(table), period.id(),
                    job.getExecutionId());
        }
        audit.record(job.getJobName() + ".completed", "Ranking", digest.sha256(),
                "Pemeringkatan " + job.getJobName() + " " + period.code() + " (job " + job.getExecutionId() + "): "
                        + digest.count() + " hasil, " + digest.written() + " ditulis oleh job ini");
        return BatchStatus.COMPLETED.name();
    }
}
