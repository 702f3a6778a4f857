package id.sofifi.asn.workforce.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.workforce.application.AppointmentService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Stopping and restarting the appointment job, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class WorkforceJobControl {
    @Produces
    JobControl control(AppointmentService service) {
        return new JobControl(List.of(AppointmentService.JOB), service::stop, service::restart);
    }
}
