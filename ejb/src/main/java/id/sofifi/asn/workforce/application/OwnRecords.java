package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who may read or act on an employee's records: the staff roles a use case names; or, signed in with role EMPLOYEE
 * under their NIP as caller name, the employee themself and — to read — the head of their unit or of a unit above
 * it (a unit head sees their unit, {@link id.sofifi.asn.workforce.domain.UnitHeads}). Anyone else is refused (403).
 * Every context that keeps records of employees (workforce, development, later performance) asks here.
 */
@Dependent
public class OwnRecords {
    @Inject
    EmployeeRepository employees;

    @Inject
    UnitHeadChart chart;

    /** To read an employee's records: staff, the employee, or a head overseeing the employee's unit. */
    public void require(SessionContext session, String nip, String... staffRoles) {
        if (staff(session, staffRoles)) {
            return;
        }
        String caller = employeeCaller(session);
        String wanted = nip == null ? "" : nip.strip();
        if (wanted.equals(caller)) {
            return;
        }
        Optional<Long> unit = employees.findByNip(wanted).map(Employee::workUnitId);
        refuseUnless(unit.isPresent() && chart.heads().oversees(caller, unit.get()));
    }

    /** To act for an employee (enrol them): staff or the employee themself, never their head. */
    public void requireSelf(SessionContext session, String nip, String... staffRoles) {
        if (!staff(session, staffRoles)) {
            refuseUnless(nip != null && nip.strip().equals(employeeCaller(session)));
        }
    }

    /** To read the employees of a unit (with those below it): staff, or the head of the unit or of one above it. */
    public void requireUnit(SessionContext session, String unitCode, String... staffRoles) {
        if (staff(session, staffRoles)) {
            return;
        }
        String caller = employeeCaller(session);
        PlacementUnits tree = chart.units();
        Optional<Long> unit = unitCode == null || unitCode.isBlank()
                ? Optional.empty()
                : tree.find(unitCode).map(WorkUnit::id);
        refuseUnless(unit.isPresent() && chart.heads(tree).oversees(caller, unit.get()));
    }

    private static boolean staff(SessionContext session, String... staffRoles) {
        return Arrays.stream(staffRoles).anyMatch(session::isCallerInRole);
    }

    /** The NIP of a caller signed in as an employee; null for anyone else. */
    private static String employeeCaller(SessionContext session) {
        return session.isCallerInRole(Role.EMPLOYEE_NAME) ? session.getCallerPrincipal().getName() : null;
    }

    private static void refuseUnless(boolean allowed) {
        if (!allowed) {
            throw new EJBAccessException("only staff, the employee themself or the head of their unit");
        }
    }
}
