package id.sofifi.asn.development.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import java.util.Arrays;

/**
 * Who may act for an employee: the staff roles a use case names, or the employee themself, signed in with role
 * EMPLOYEE under their NIP as caller name. Anyone else is refused (403).
 */
final class SelfOrStaff {
    private SelfOrStaff() {
    }

    static void require(SessionContext session, String nip, String... staffRoles) {
        if (Arrays.stream(staffRoles).anyMatch(session::isCallerInRole)) {
            return;
        }
        boolean self = session.isCallerInRole(Role.EMPLOYEE_NAME) && session.getCallerPrincipal().getName().equals(nip);
        if (!self) {
            throw new EJBAccessException("only staff or the employee themself");
        }
    }
}
