package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.ServiceUnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Service units: anyone reads the list, administrators add to it. */
@Path("service-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceUnitResource {
    @EJB
    ServiceUnitService units;

    @Context
    UriInfo uri;

    @GET
    public List<ServiceUnitJson> list() {
        return units.all().stream().map(ServiceUnitJson::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(ServiceUnitJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        ServiceUnitView created = units.create(body.code(), body.name(), body.workUnitCode(), body.annualUsers());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(ServiceUnitJson.of(created)).build();
    }
}
