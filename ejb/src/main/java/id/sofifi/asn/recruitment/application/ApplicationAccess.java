package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.identity.application.Caller;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read an application: staff and agencies always, an applicant only their own. Someone
 * else's registration number answers "not found", so numbers cannot be probed (UU 27/2022).
 */
@Dependent
public class ApplicationAccess {
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.VERIFIER, Role.SUPERVISOR, Role.OPERATOR,
            Role.AGENCY);

    @Inject
    ApplicationRepository applications;

    public Application readable(SessionContext session, String registrationNumber) {
        Application application = applications.findByNumber(registrationNumber)
                .orElseThrow(() -> new NotFoundException("application.notFound", registrationNumber));
        if (STAFF.stream().anyMatch(r -> session.isCallerInRole(r.name()))) {
            return application;
        }
        if (session.isCallerInRole(Role.APPLICANT_NAME) && ownedBy(application, session)) {
            return application;
        }
        if (!session.isCallerInRole(Role.APPLICANT_NAME)) {
            throw new EJBAccessException("not allowed");
        }
        throw new NotFoundException("application.notFound", registrationNumber);
    }

    public static long applicantId(SessionContext session) {
        return Caller.applicantId(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new EJBAccessException("not an applicant"));
    }

    private static boolean ownedBy(Application application, SessionContext session) {
        long me = applicantId(session);
        return application.applicant().map(a -> a.id() == me).orElse(false);
    }
}
