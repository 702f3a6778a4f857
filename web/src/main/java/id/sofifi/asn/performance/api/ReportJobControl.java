package id.sofifi.asn.performance.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.performance.application.EvaluationReportService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/** Stopping and restarting the evaluation report job, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class ReportJobControl implements JobControl {
    @EJB
    EvaluationReportService reports;

    @Override
    public boolean controls(String jobName) {
        return EvaluationReportService.JOB.equals(jobName);
    }

    @Override
    public void stop(long executionId) {
        reports.stop(executionId);
    }

    @Override
    public long restart(long executionId) {
        return reports.restart(executionId);
    }
}
