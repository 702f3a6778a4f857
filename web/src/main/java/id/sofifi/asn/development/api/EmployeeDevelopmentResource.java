package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.DevelopmentLedgerService;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.api.YearParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * An employee's development: the JP ledger of a year and the Latsar state, for staff, agencies, the employee and the
 * head of their unit. A root resource of its own on
 * {@code employees/{nip}/development}; workforce's {@code employees} root does not serve this path, and JAX-RS
 * matches the root with more literal characters first, so the two never compete.
 */
@Path("employees/{nip}/development")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeDevelopmentResource {
    @EJB
    DevelopmentLedgerService ledgers;

    /** {@code ?year=} the JP year (the current WIT year when absent). */
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public LedgerJson ledger(@PathParam("nip") String nip, @QueryParam("year") String year) {
        return LedgerJson.of(ledgers.ledger(nip, YearParam.parse(year)));
    }
}
