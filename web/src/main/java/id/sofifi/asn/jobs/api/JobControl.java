package id.sofifi.asn.jobs.api;

/**
 * Stopping and restarting jobs, for {@link JobResource}: each context whose runs operators may stop and restart
 * implements it for its own jobs and decides whether a run may be. One root resource serves {@code /jobs}; the
 * contexts plug in here instead of declaring a second root of the same path.
 */
public interface JobControl {
    /** Whether the runs of this job are this control's. */
    boolean controls(String jobName);

    /** Stops a running job. */
    void stop(long executionId);

    /** Restarts a stopped or failed job from its last checkpoint; answers the new execution id. */
    long restart(long executionId);
}
