package id.sofifi.asn.workforce.api;

import id.sofifi.asn.jobs.api.JobControl;
import id.sofifi.asn.workforce.application.AppointmentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/** Stopping and restarting the appointment job, for {@code POST /jobs/{id}/stop} and {@code /restart}. */
@Dependent
public class WorkforceJobControl implements JobControl {
    @EJB
    AppointmentService appointments;

    @Override
    public boolean controls(String jobName) {
        return AppointmentService.JOB.equals(jobName);
    }

    @Override
    public void stop(long executionId) {
        appointments.stop(executionId);
    }

    @Override
    public long restart(long executionId) {
        return appointments.restart(executionId);
    }
}
