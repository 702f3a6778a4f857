package id.sofifi.asn.jobs.application;

import java.io.Serializable;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * One run of a batch job for the operator's history: what ran, for which period, by whom, how long, and
 * whether a dead server interrupted it (see {@link InterruptedRuns}).
 */
public record ExecutionView(long id, String jobName, String status, String period, String requestedBy,
        Instant startedAt, Instant endedAt, boolean interrupted) implements Serializable {
    /** Exit status of a run the server died under; its batch status is FAILED, so it can be restarted. */
    public static final String INTERRUPTED = "INTERRUPTED";

    public static ExecutionView of(JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        return new ExecutionView(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                parameters.getProperty(JobService.PERIOD), parameters.getProperty("requestedBy"),
                instant(execution.getStartTime()), instant(execution.getEndTime()),
                "FAILED".equals(execution.getBatchStatus().name()) && INTERRUPTED.equals(execution.getExitStatus()));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    /** The status the operator reads: an interrupted run is told apart from one that failed by itself. */
    public String shownStatus() {
        return interrupted ? INTERRUPTED : status;
    }

    public boolean restartable() {
        return "STOPPED".equals(status) || "FAILED".equals(status);
    }

    /** Seconds from start to end, or to now while running; null before it started. */
    public Long seconds() {
        return startedAt == null
                ? null
                : Duration.between(startedAt, endedAt == null ? Instant.now() : endedAt).toSeconds();
    }
}
