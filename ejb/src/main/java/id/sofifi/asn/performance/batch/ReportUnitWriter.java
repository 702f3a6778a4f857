package id.sofifi.asn.performance.batch;

import id.sofifi.asn.jobs.failure.JobFailure;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the chunk's unit rows in the chunk's transaction, replacing any a stopped run left: idempotent. */
@Named
@Dependent
public class ReportUnitWriter extends AbstractItemWriter {
    @Inject
    ReportOfJob report;

    @Override
    public void writeItems(List<Object> items) {
        try {
            items.stream().map(ReportItem.class::cast)
                    .forEach(i -> report.run().store(report.id(), i.position(), i.unit().code(), i.figures()));
        } catch (RuntimeException e) {
            throw JobFailure.plain(e);
        }
    }
}
