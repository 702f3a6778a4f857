package id.sofifi.asn.workforce.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.workforce.application.UnitHeadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The head of a work unit, {@code /work-units/{code}/head}: read by staff and agencies, set ({@code PUT
 * {"nip":"…"}}) and cleared ({@code DELETE}) by an administrator. Not a root resource: {@code /work-units} has one
 * root, recruitment's {@code WorkUnitResource}, which hands this path on; so the unit code comes as a method
 * parameter. An unknown unit is a 404, an unknown NIP a 400 naming field {@code nip}, someone who heads another unit
 * a 409.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
public class UnitHeadResource {
    @EJB
    UnitHeadService heads;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public UnitHeadJson find(@PathParam("code") String code) {
        return heads.find(code).map(UnitHeadJson::of)
                .orElseThrow(() -> new NotFoundException("unitHead.none", code.strip()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public UnitHeadJson appoint(@PathParam("code") String code, UnitHeadJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        return UnitHeadJson.of(heads.appoint(code, body.nip()));
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_NAME)
    public Response remove(@PathParam("code") String code) {
        heads.remove(code);
        return Response.noContent().build();
    }
}
