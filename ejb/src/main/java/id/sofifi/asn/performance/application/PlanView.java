package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.performance.domain.WorkIndicator;
import java.time.Instant;
import java.util.List;

/** An SKP plan as screens and the API show it; {@code acknowledgedAt} null while the employee has not. */
public record PlanView(String nip, int year, String evaluatorNip, List<WorkIndicator> indicators,
        String behaviourExpectations, Instant setAt, Instant acknowledgedAt) implements Serializable {

    static PlanView of(SkpPlan p) {
        return new PlanView(p.nip().strip(), p.year(), p.evaluatorNip().strip(), p.indicators(),
                p.behaviourExpectations(), p.setAt(), p.acknowledgedAt());
    }
}
