package id.sofifi.asn.performance.batch;

import id.sofifi.asn.performance.application.ReportRun;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The report a run of the job computes, named by the property {@code report} of the artifact it is injected into,
 * and the steps of computing it ({@link ReportRun}).
 */
@Dependent
public class ReportOfJob {
    @Inject
    @BatchProperty(name = "report")
    String report;

    @EJB
    ReportRun run;

    public long id() {
        return Long.parseLong(report);
    }

    public ReportRun run() {
        return run;
    }
}
