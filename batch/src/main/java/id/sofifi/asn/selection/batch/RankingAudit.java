package id.sofifi.asn.selection.batch;

import id.sofifi.asn.audit.domain.AuditEntry;
import id.sofifi.asn.audit.domain.AuditRepository;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    SelectionTarget target;

    @Inject
    AuditRepository audit;

    /** The audit append needs a transaction, which a batchlet is not given. */
    @Override
    @Transactional
    public String process() throws SQLException {
        String table = job.getProperties().getProperty("results");
        SelectionResultRepository.Digest digest;
        try (Connection c = dataSource.getConnection()) {
            digest = SelectionResultRepository.digest(
                    c, SelectionResultRepository.Table.named(table), target.periodId());
        }
        audit.append(new AuditEntry(
                Clock.systemUTC().instant(),
                target.requestedBy(),
                job.getJobName() + ".completed",
                "Ranking",
                target.periodCode() + "/job-" + job.getExecutionId(),
                null,
                digest.sha256(),
                "Pemeringkatan " + job.getJobName() + " " + target.periodCode() + " (job " + job.getExecutionId()
                        + "): " + digest.count() + " hasil"));
        return BatchStatus.COMPLETED.name();
    }
}
