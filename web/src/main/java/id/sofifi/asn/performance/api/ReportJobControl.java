package id.sofifi.asn.performance.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.performance.application.EvaluationReportService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Stopping and restarting the evaluation report job, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class ReportJobControl {
    @Produces
    JobControl control(EvaluationReportService service) {
        return new JobControl(List.of(EvaluationReportService.JOB), service::stop, service::restart);
    }
}
