package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.EvaluatorAssignment;
import id.sofifi.asn.performance.domain.EvaluatorAssignmentRepository;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Penugasan pejabat penilai (ASN-RULES §2, issue 11): an administrator assigns another employee to evaluate an
 * employee instead of their head, or clears the assignment so the head evaluates again; never the employee themself.
 * The plans of this year and later move to the new official, who then rates them; earlier years stay with whoever
 * rated them.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EvaluatorService {
    private static final String SUBJECT = "SkpEvaluator";

    @Inject
    EvaluatorAssignmentRepository assignments;

    @Inject
    EvaluatingOfficials officials;

    @Inject
    SkpPlanRepository plans;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The employee and their official now; an unknown NIP is a {@code NotFoundException}. */
    public EvaluatorView find(String nip) {
        EmployeeFacts employee = employees.get(nip);
        Optional<String> official = officials.of(employee.nip());
        return new EvaluatorView(employee.nip(), employee.fullName(), official.orElse(null),
                official.flatMap(employees::find).map(EmployeeFacts::fullName).orElse(null),
                assignments.find(employee.nip()).isPresent());
    }

    /** Every employee with an assigned official, by NIP. */
    public List<EvaluatorView> assigned() {
        return assignments.all().stream().map(a -> find(a.nip())).toList();
    }

    /**
     * {@code evaluatorNip} evaluates the employee from now. Refused by field {@code evaluatorNip}: none, an unknown
     * NIP, the employee themself.
     */
    public EvaluatorView assign(String nip, String evaluatorNip) {
        EvaluatorView before = find(nip);
        String wanted = evaluatorNip == null ? "" : evaluatorNip.strip();
        Violations v = new Violations();
        if (v.require(wanted, "evaluatorNip")) {
            v.check(employees.find(wanted).isPresent(), "evaluatorNip", "employee.notFound", wanted);
        }
        v.throwIfAny();
        Optional<EvaluatorAssignment> existing = assignments.find(before.nip());
        if (existing.isPresent()) {
            existing.get().reassign(wanted, clock.instant());
        } else {
            assignments.add(new EvaluatorAssignment(before.nip(), wanted, clock.instant()));
        }
        handOverPlans(before.nip(), wanted);
        EvaluatorView after = find(nip);
        audit.record("skp.evaluatorAssigned", SUBJECT, after.nip(), before, after,
                "Pejabat penilai " + after.name() + ": " + after.officialName() + " (NIP " + wanted + ")");
        return after;
    }

    /** The employee's head evaluates them again; nothing changes for an employee without an assignment. */
    public EvaluatorView clear(String nip) {
        EvaluatorView before = find(nip);
        Optional<EvaluatorAssignment> existing = assignments.find(before.nip());
        if (existing.isEmpty()) {
            return before;
        }
        assignments.remove(existing.get());
        EvaluatorView after = find(nip);
        if (after.officialNip() != null) {
            handOverPlans(after.nip(), after.officialNip());
        }
        audit.record("skp.evaluatorCleared", SUBJECT, after.nip(), before, after, "Penugasan pejabat penilai "
                + after.name() + " dicabut; penilai: " + (after.officialName() == null ? "-" : after.officialName()));
        return after;
    }

    private void handOverPlans(String nip, String official) {
        int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
        plans.fromYear(nip, year).forEach(p -> p.handOver(official));
    }
}
