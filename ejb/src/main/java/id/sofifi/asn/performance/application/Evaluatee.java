package id.sofifi.asn.performance.application;

import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import java.util.Optional;

/**
 * An employee an official evaluates, with the state of their plan of the year: none yet, set but not acknowledged,
 * acknowledged.
 */
public record Evaluatee(String nip, String name, String position, boolean planSet, boolean acknowledged) {

    static Evaluatee of(EmployeeFacts employee, Optional<SkpPlan> plan) {
        return new Evaluatee(employee.nip(), employee.fullName(), employee.position(), plan.isPresent(),
                plan.map(p -> p.acknowledgedAt() != null).orElse(false));
    }
}
