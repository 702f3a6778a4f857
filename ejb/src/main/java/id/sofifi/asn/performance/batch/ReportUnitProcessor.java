package id.sofifi.asn.performance.batch;

import id.sofifi.asn.performance.application.ReportRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Computes one unit's figures over the report's period. */
@Named
@Dependent
public class ReportUnitProcessor implements ItemProcessor {
    @Inject
    @BatchProperty(name = "report")
    String report;

    @EJB
    ReportRun run;

    @Override
    public Object processItem(Object item) {
        ReportItem unit = (ReportItem) item;
        return new ReportItem(unit.position(), unit.unit(), run.figures(Long.parseLong(report), unit.unit()));
    }
}
