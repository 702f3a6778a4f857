package id.sofifi.asn.workforce.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.performance.api.EmployeeAssessmentResource;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.domain.EmploymentType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The province's employees (API-CONTRACT.md, Workforce). The one root resource of {@code /employees}: paths of an
 * employee that other contexts serve are handed on from here by a sub-resource locator, as {@code PeriodResource}
 * does for selection: performance's assessments. (Development's JP ledger, {@code employees/{nip}/development}, came
 * earlier as a root of its own.)
 */
@Path("employees")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeResource {
    @EJB
    EmployeeService employees;

    @Inject
    Instance<EmployeeAssessmentResource> assessments;

    /**
     * Filters: {@code workUnit} (a unit's code; its bidang and UPT included), {@code q} (name or NIP), type. An
     * employee who heads the unit (or one above it) may list it; without {@code workUnit} only staff and agencies.
     */
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public Page<EmployeeJson> list(@QueryParam("workUnit") String workUnit, @QueryParam("q") String text,
            @QueryParam("employmentType") String type, @BeanParam Paging paging) {
        Violations v = new Violations();
        EmploymentType parsed = EnumFields.parse(EmploymentType.class, type, "employmentType", v);
        v.throwIfAny();
        return employees.search(workUnit, parsed, text, paging.request()).map(EmployeeJson::of);
    }

    /** One employee, for staff, agencies, the employee themself and their head (signed in on the portal). */
    @GET
    @Path("{nip}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public EmployeeJson find(@PathParam("nip") String nip) {
        return EmployeeJson.of(employees.profile(nip).summary());
    }

    /** The employee's SKP assessments, which performance keeps: its sub-resource serves the path. */
    @Path("{nip}/assessments")
    public EmployeeAssessmentResource assessments() {
        return assessments.get();
    }
}
