package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.PartnerView;
import id.sofifi.asn.development.application.TrainingPartnerService;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
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

/** Training partners: anyone reads the list, administrators add to it. */
@Path("training-partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingPartnerResource {
    @EJB
    TrainingPartnerService partners;

    @Context
    UriInfo uri;

    @GET
    public List<PartnerJson> list() {
        return partners.all().stream().map(PartnerJson::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(PartnerJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        PartnerView created = partners.create(body.code(), body.name(), body.parsedKind());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(PartnerJson.of(created)).build();
    }
}
