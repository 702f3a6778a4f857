package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.ComplianceService;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.api.YearParam;
import id.sofifi.asn.platform.persistence.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * JP compliance for the BKD: each employee's earned, required and short JP of a year and whether their Latsar is
 * overdue, filtered by a work unit (its bidang and UPT included); and the same summed per unit.
 */
@Path("development/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
public class ComplianceResource {
    @EJB
    ComplianceService compliance;

    /** {@code ?year=} (the current WIT year when absent), {@code workUnit}, paged, by name. */
    @GET
    public Page<ComplianceJson> employees(@QueryParam("year") String year, @QueryParam("workUnit") String workUnit,
            @BeanParam Paging paging) {
        return compliance.employees(YearParam.parse(year), workUnit, paging.request()).map(ComplianceJson::of);
    }

    /** The units within {@code workUnit} (all when absent), each with its employees' compliance summed. */
    @GET
    @Path("units")
    public List<UnitComplianceJson> units(@QueryParam("year") String year, @QueryParam("workUnit") String workUnit) {
        return compliance.units(YearParam.parse(year), workUnit).stream().map(UnitComplianceJson::of).toList();
    }
}
