package id.sofifi.asn.performance.application;

import id.sofifi.asn.performance.domain.EvaluatorAssignment;
import id.sofifi.asn.performance.domain.EvaluatorAssignmentRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is an employee's pejabat penilai (ASN-RULES §2, issue 11): the employee an administrator assigned, else their
 * head (workforce's {@link EmployeeDirectory#headOf}); none when neither exists. A plan, once set, names its official
 * itself; this is the official for a plan not yet set and the one an assignment hands plans over to.
 */
@Dependent
class EvaluatingOfficials {
    @Inject
    EvaluatorAssignmentRepository assignments;

    @Inject
    EmployeeDirectory employees;

    /** The NIP of the employee's official, if they have one. */
    Optional<String> of(String nip) {
        return assignments.find(nip).map(EvaluatorAssignment::evaluatorNip)
                .or(() -> employees.headOf(nip).map(h -> h.nip()));
    }
}
