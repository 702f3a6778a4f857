package id.sofifi.asn.jobs.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Jobs on the staff home page: for operators, how many batch jobs run right now (imports, rankings, reports). */
@Dependent
public class JobsHome implements StaffHomeSource {
    @Inject
    JobLauncher launcher;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        if (!caller.holds(Role.OPERATOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        JobOperator operator = launcher.operator();
        long running = operator.getJobNames().stream().mapToLong(name -> running(operator, name)).sum();
        return List.of(new HomeItem("home.jobsRunning", running, "/staff/operations.xhtml"));
    }

    private static long running(JobOperator operator, String jobName) {
        try {
            return operator.getRunningExecutions(jobName).size();
        } catch (NoSuchJobException e) {
            // a job known to the repository but with no execution running: JBeret answers so instead of an empty list
            return 0;
        }
    }
}
