package id.sofifi.asn.jobs.api;

import id.sofifi.asn.jobs.application.ImportJobs;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/** Stopping and restarting the CSV imports of no selection period, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class ImportJobControl {
    @Produces
    JobControl control(ImportJobs service) {
        return new JobControl(ImportJobs.JOBS, service::stop, service::restart);
    }
}
