package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.ejb.SessionContext;
import java.util.Optional;

/**
 * Who may read an employee's plan and assessments: whoever workforce's {@link OwnRecords} lets read the employee's
 * records (staff, agencies, the employee, their head) and, besides, the official a plan names — an administrator may
 * assign an employee who is not the head.
 */
final class PlanReaders {
    private PlanReaders() {
    }

    static void require(OwnRecords ownRecords, SessionContext session, String nip, Optional<SkpPlan> plan) {
        String caller = session.getCallerPrincipal().getName();
        if (!plan.map(p -> p.evaluatorNip().strip().equals(caller)).orElse(false)) {
            ownRecords.require(session, nip, Role.ADMIN_NAME, Role.AGENCY_NAME);
        }
    }
}
