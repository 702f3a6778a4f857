package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.workforce.api.UnitHeadResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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

/**
 * The organisation tree (API-CONTRACT.md, Organisation): OPD and their bidang and UPT. The one root resource of
 * {@code /work-units}: a unit's head, which workforce keeps, is handed on to workforce's sub-resource.
 */
@Path("work-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkUnitResource {
    @EJB
    WorkUnitService units;

    @Context
    UriInfo uri;

    @Inject
    Instance<UnitHeadResource> head;

    /** Every unit, each parent before its children; a province has a few hundred, so the list is not paged. */
    @GET
    public List<WorkUnitJson> tree() {
        return units.tree().stream().map(WorkUnitJson::of).toList();
    }

    /** A new unit under {@code parentCode} (an OPD without one); an unknown parent is a 400 naming the field. */
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(WorkUnitJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        WorkUnitView created = units.create(body.code(), body.name(), body.parentCode());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(WorkUnitJson.of(created)).build();
    }

    /** The unit's head (kepala unit kerja), which workforce keeps: its sub-resource serves the path. */
    @Path("{code}/head")
    public UnitHeadResource head() {
        return head.get();
    }
}
