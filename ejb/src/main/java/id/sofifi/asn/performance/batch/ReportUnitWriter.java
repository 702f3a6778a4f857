package id.sofifi.asn.performance.batch;

import id.sofifi.asn.performance.application.ReportRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the chunk's unit rows in the chunk's transaction, replacing any a stopped run left: idempotent. */
@Named
@Dependent
public class ReportUnitWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "report")
    String report;

    @EJB
    ReportRun run;

    @Override
    public void writeItems(List<Object> items) {
        long reportId = Long.parseLong(report);
        items.stream().map(ReportItem.class::cast)
                .forEach(i -> run.store(reportId, i.position(), i.unit().code(), i.figures()));
    }
}
