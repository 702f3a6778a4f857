package id.sofifi.asn.performance.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Computes one unit's figures over the report's period. */
@Named
@Dependent
public class ReportUnitProcessor implements ItemProcessor {
    @Inject
    ReportOfJob report;

    @Override
    public Object processItem(Object item) {
        ReportItem unit = (ReportItem) item;
        return new ReportItem(unit.position(), unit.unit(), report.run().figures(report.id(), unit.unit()));
    }
}
