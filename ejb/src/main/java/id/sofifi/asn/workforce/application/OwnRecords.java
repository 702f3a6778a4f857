package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;

/**
 * An employee signed in by NIP sees their own records only; staff and agencies, whose roles the use case already
 * checked, see anyone's. The caller of an employee's session is named by their NIP.
 */
public final class OwnRecords {
    private OwnRecords() {
    }

    public static void requireOwnOrOfficial(SessionContext session, String nip) {
        boolean official = session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.AGENCY_NAME);
        if (!official && (nip == null || !nip.strip().equals(session.getCallerPrincipal().getName()))) {
            throw new EJBAccessException("an employee reads only their own records");
        }
    }
}
