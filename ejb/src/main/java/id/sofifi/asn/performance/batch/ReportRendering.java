package id.sofifi.asn.performance.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: the PDF and XLSX from the stored rows, and the report READY. */
@Named
@Dependent
public class ReportRendering extends AbstractBatchlet {
    @Inject
    ReportOfJob report;

    @Override
    public String process() {
        report.run().finish(report.id());
        return "READY";
    }
}
