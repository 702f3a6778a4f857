package id.sofifi.asn.performance.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.platform.api.YearParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An employee's SKP assessments, {@code /employees/{nip}/assessments?year=} (every year when {@code year} is absent),
 * for staff, agencies, the employee and their head. Not a root resource: workforce's {@code EmployeeResource} is the
 * one root of {@code /employees} and hands this path on, so the NIP comes as a method parameter. An unknown NIP is a
 * 404, anyone else a 403.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeAssessmentResource {
    @EJB
    AssessmentService assessments;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public List<AssessmentJson> list(@PathParam("nip") String nip, @QueryParam("year") String year) {
        return assessments.of(nip, YearParam.parse(year)).stream().map(AssessmentJson::of).toList();
    }
}
