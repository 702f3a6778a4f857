package id.sofifi.asn.jobs.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's control over the jobs that work on one selection period (selection's rankings and imports,
 * workforce's appointment): start one while none of the given jobs of the period runs, stop, restart from the
 * last checkpoint, and the history. Each context names its own jobs; a run of a job not named is unknown to
 * it. Every start, stop and restart is audited on the subject {@code <period>/job-<id>}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class PeriodJobs {
    /** How many runs the operator's history lists. */
    private static final int HISTORY = 50;

    @Inject
    JobLauncher launcher;

    @Inject
    JobService jobs;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** Starts a job for the period on behalf of the caller (job parameters {@code period}, {@code requestedBy}). */
    public long start(String job, String periodCode, Map<String, String> parameters, String subject) {
        Map<String, String> all = new HashMap<>(parameters);
        all.put(JobService.PERIOD, periodCode);
        all.put("requestedBy", session.getCallerPrincipal().getName());
        long id = launcher.start(job, all);
        audit.record("job.started", subject, periodCode + "/job-" + id, null, null,
                "Job " + job + " #" + id + " dimulai untuk " + periodCode);
        return id;
    }

    public void stop(Collection<String> names, long executionId, String subject) {
        ExecutionView run = run(names, executionId);
        if (!run.running()) {
            throw new ConflictException("job.notRunning", executionId);
        }
        launcher.operator().stop(executionId);
        audit.record("job.stopped", subject, run.period() + "/job-" + executionId, null, null,
                "Job " + run.jobName() + " #" + executionId + " dihentikan");
    }

    /** Restarts a stopped or failed run from its last checkpoint; answers the new execution id. */
    public long restart(Collection<String> names, long executionId, String subject) {
        ExecutionView run = run(names, executionId);
        if (!run.restartable()) {
            throw new ConflictException("job.notRestartable", executionId, run.status());
        }
        refuseWhileRunning(names, run.period());
        JobOperator operator = launcher.operator();
        long restarted = operator.restart(executionId, operator.getParameters(executionId));
        audit.record("job.restarted", subject, run.period() + "/job-" + restarted, null, null,
                "Job " + run.jobName() + " #" + executionId + " dilanjutkan sebagai #" + restarted);
        return restarted;
    }

    /** Runs of the named jobs for the period, newest first. */
    public List<ExecutionView> history(Collection<String> names, String periodCode) {
        return jobs.history(names, periodCode, HISTORY);
    }

    /** Two jobs of one period at once would work on each other's half-written results. */
    public void refuseWhileRunning(Collection<String> names, String periodCode) {
        history(names, periodCode).stream().filter(ExecutionView::running).findFirst().ifPresent(r -> {
            throw new ConflictException("job.busy", r.jobName(), r.id());
        });
    }

    /** A run of one of the named jobs; any other run is not found. */
    public ExecutionView run(Collection<String> names, long executionId) {
        JobExecution execution = jobs.execution(executionId);
        if (!names.contains(execution.getJobName())) {
            throw new NotFoundException("job.notFound", executionId);
        }
        return ExecutionView.of(execution);
    }
}
