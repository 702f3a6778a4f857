package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import java.util.Arrays;

/**
 * Who may read or act on an employee's records: the staff roles a use case names, or the employee themself, signed
 * in with role EMPLOYEE under their NIP as caller name. Anyone else is refused (403). Every context that keeps
 * records of employees (workforce, development, later performance) asks here.
 */
public final class OwnRecords {
    private OwnRecords() {
    }

    public static void require(SessionContext session, String nip, String... staffRoles) {
        if (Arrays.stream(staffRoles).anyMatch(session::isCallerInRole)) {
            return;
        }
        boolean self = session.isCallerInRole(Role.EMPLOYEE_NAME) && nip != null
                && session.getCallerPrincipal().getName().equals(nip.strip());
        if (!self) {
            throw new EJBAccessException("only staff or the employee themself");
        }
    }
}
