package id.sofifi.asn.selection.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.selection.application.RankingService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/** Stopping a running selection job and restarting a stopped or failed one from its last checkpoint, for {@code POST
 * /jobs/{id}/stop} and {@code /restart}; the ranking use cases refuse runs that are not selection's. */
@Dependent
public class SelectionJobControl {
    @Produces
    JobControl control(RankingService service) {
        return new JobControl(RankingService.JOBS, service::stop, service::restart);
    }
}
