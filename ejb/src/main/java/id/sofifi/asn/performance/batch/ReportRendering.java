package id.sofifi.asn.performance.batch;

import id.sofifi.asn.performance.application.ReportRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: the PDF and XLSX from the stored rows, and the report READY. */
@Named
@Dependent
public class ReportRendering extends AbstractBatchlet {
    @Inject
    @BatchProperty(name = "report")
    String report;

    @EJB
    ReportRun run;

    @Override
    public String process() {
        run.finish(Long.parseLong(report));
        return "READY";
    }
}
