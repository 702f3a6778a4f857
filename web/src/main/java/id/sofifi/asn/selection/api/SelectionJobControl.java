package id.sofifi.asn.selection.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.selection.application.RankingService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/**
 * Stopping a running selection job and restarting a stopped or failed one from its last checkpoint, for
 * {@code POST /jobs/{id}/stop} and {@code /restart}; the ranking use cases refuse runs that are not selection's.
 */
@Dependent
public class SelectionJobControl implements JobControl {
    @EJB
    RankingService rankings;

    @Override
    public boolean controls(String jobName) {
        return RankingService.JOBS.contains(jobName);
    }

    @Override
    public void stop(long executionId) {
        rankings.stop(executionId);
    }

    @Override
    public long restart(long executionId) {
        return rankings.restart(executionId);
    }
}
