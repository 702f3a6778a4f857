package id.sofifi.asn.performance.batch;

import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads the report's work units in tree order; the checkpoint is how many were committed. */
@Named
@Dependent
public class ReportUnitReader extends AbstractItemReader {
    @Inject
    ReportOfJob report;

    private List<WorkUnitView> units;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        units = report.run().units(report.id());
        next = checkpoint instanceof Integer committed ? committed : 0;
    }

    @Override
    public Object readItem() {
        if (next >= units.size()) {
            return null;
        }
        ReportItem item = new ReportItem(next, units.get(next), null);
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
