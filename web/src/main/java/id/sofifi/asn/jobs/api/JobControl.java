package id.sofifi.asn.jobs.api;

import java.util.Collection;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * Stopping and restarting jobs, for {@link JobResource}: each context whose runs operators may stop and restart
 * produces one for its own jobs from its use case, which decides whether a run may be. One root resource serves
 * {@code /jobs}; the contexts plug in here instead of declaring a second root of the same path.
 *
 * @param jobs the job names whose runs are this control's
 * @param stop stops a running job
 * @param restart restarts a stopped or failed job from its last checkpoint; answers the new execution id
 */
public record JobControl(Set<String> jobs, LongConsumer stop, LongUnaryOperator restart) {
    public JobControl(Collection<String> jobs, LongConsumer stop, LongUnaryOperator restart) {
        this(Set.copyOf(jobs), stop, restart);
    }

    boolean controls(String jobName) {
        return jobs.contains(jobName);
    }
}
