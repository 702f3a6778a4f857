package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may read an employee's plan, assessments, evidence and the citizens' input beside them: whoever workforce's
 * {@link OwnRecords} lets read the employee's records (staff, agencies, the employee, their head) and, besides, the
 * official a plan names and the employee's evaluating official now ({@link EvaluatingOfficials}) — an administrator
 * may assign an employee who is not the head, who must see what they are to rate before a plan exists.
 */
@Dependent
class PlanReaders {
    @Inject
    OwnRecords ownRecords;

    @Inject
    EvaluatingOfficials officials;

    void require(SessionContext session, String nip, Optional<SkpPlan> plan) {
        String caller = session.getCallerPrincipal().getName();
        boolean official = plan.map(p -> p.evaluatorNip().strip().equals(caller)).orElse(false)
                || officials.of(nip.strip()).map(caller::equals).orElse(false);
        if (!official) {
            ownRecords.require(session, nip, Role.ADMIN_NAME, Role.AGENCY_NAME);
        }
    }
}
