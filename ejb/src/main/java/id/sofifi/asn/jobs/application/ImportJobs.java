package id.sofifi.asn.jobs.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Stopping and restarting the CSV imports that belong to no selection period (the SKD and SKB score imports are
 * the period's, in {@link PeriodJobs}): an import a killed server left {@code INTERRUPTED} (see
 * {@link InterruptedRuns}) continues from the line of its last committed chunk, so no row is lost or written
 * twice. Every stop and restart is audited on the subject {@code job-<id>}.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ImportJobs {
    /** The job XMLs' names (batch-jobs/*.xml) of these imports. */
    public static final List<String> JOBS = List.of("application-import", "employee-import", "training-record-import",
            "skp-import", "survey-import", "complaint-import");
    private static final String SUBJECT = "ImportJob";

    @Inject
    JobLauncher launcher;

    @Inject
    PeriodJobs runs;

    @Inject
    AuditTrail audit;

    public void stop(long executionId) {
        ExecutionView run = runs.run(JOBS, executionId);
        if (!run.running()) {
            throw new ConflictException("job.notRunning", executionId);
        }
        launcher.operator().stop(executionId);
        audit.record("job.stopped", SUBJECT, "job-" + executionId, null, null,
                "Impor " + run.jobName() + " #" + executionId + " dihentikan");
    }

    /** Restarts a stopped or failed import from its last checkpoint; answers the new execution id. */
    public long restart(long executionId) {
        ExecutionView run = runs.run(JOBS, executionId);
        if (!run.restartable()) {
            throw new ConflictException("job.notRestartable", executionId, run.status());
        }
        JobOperator operator = launcher.operator();
        long restarted = operator.restart(executionId, operator.getParameters(executionId));
        audit.record("job.restarted", SUBJECT, "job-" + restarted, null, null,
                "Impor " + run.jobName() + " #" + executionId + " dilanjutkan sebagai #" + restarted);
        return restarted;
    }
}
