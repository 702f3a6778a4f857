package id.sofifi.asn.performance.application;

import id.sofifi.asn.performance.domain.WorkIndicator;
import java.util.List;

/**
 * A plan as its official writes it.
 *
 * @param evaluatorNip the evaluating official an administrator assigns; null for the employee's head
 */
public record PlanDraft(String evaluatorNip, List<WorkIndicator> indicators, String behaviourExpectations) {
    public PlanDraft {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
