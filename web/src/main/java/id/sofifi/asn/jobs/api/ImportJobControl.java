package id.sofifi.asn.jobs.api;

import id.sofifi.asn.jobs.application.ImportJobs;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/** Stopping and restarting the CSV imports of no selection period, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class ImportJobControl implements JobControl {
    @EJB
    ImportJobs imports;

    @Override
    public boolean controls(String jobName) {
        return ImportJobs.JOBS.contains(jobName);
    }

    @Override
    public void stop(long executionId) {
        imports.stop(executionId);
    }

    @Override
    public long restart(long executionId) {
        return imports.restart(executionId);
    }
}
