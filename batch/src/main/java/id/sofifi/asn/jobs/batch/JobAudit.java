package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.audit.domain.AuditEntry;
import id.sofifi.asn.audit.domain.AuditRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit entries of a job: written in the chunk's (or step's) transaction, so rows and their audit
 * commit together, by the actor who started the job (property {@code requestedBy}), on the subject
 * {@code <period>/job-<execution id>}, or {@code job-<execution id>} for a job of no selection period (an
 * employee import). It appends to the same chain as the use cases' audit trail; a
 * batch artifact cannot call that EJB, as this library cannot see the EJB module.
 */
@Dependent
public class JobAudit {
    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    @Inject
    JobContext job;

    @Inject
    JobPeriod period;

    @Inject
    @BatchProperty(name = "requestedBy")
    String requestedBy;

    /** Who started the job: the actor of what it records. */
    public String actor() {
        return requestedBy;
    }

    /** Records one chunk of imported rows, by line range, with a digest of the rows as parsed. */
    public void chunk(String action, String subjectType, String what, List<?> rows, long firstLine, long lastLine,
            String counts) {
        record(action, subjectType,
                AuditChain.sha256(rows.stream().map(Object::toString).collect(Collectors.joining("\n"))),
                what + (period.code() == null ? "" : " " + period.code()) + " (job " + job.getExecutionId() + ", baris "
                        + firstLine + "–" + lastLine + "): " + counts);
    }

    /** Records what the job did, with the digest of the state it left. */
    public void record(String action, String subjectType, String digest, String summary) {
        audit.append(new AuditEntry(clock.instant(), requestedBy, action, subjectType,
                (period.code() == null ? "" : period.code() + "/") + "job-" + job.getExecutionId(), null, digest,
                summary));
    }
}
