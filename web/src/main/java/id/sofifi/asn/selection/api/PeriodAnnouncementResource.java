package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.api.EnumFields;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /periods/{code}/announcements}: a draft of a stage's results, or a correction of a published one. */
@Path("periods/{code}/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodAnnouncementResource {
    @EJB
    AnnouncementService announcements;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Response prepare(@PathParam("code") String code, NewAnnouncementJson body) {
        Violations v = new Violations();
        v.check(body != null, "body", "validation.required").throwIfAny();
        AnnouncementStage stage = EnumFields.parse(AnnouncementStage.class, body.stage(), "stage", v);
        v.throwIfAny();
        AnnouncementSummary draft = announcements.prepare(code, stage, body.corrects());
        return Response.created(uri.getBaseUriBuilder()
                        .path(AnnouncementResource.class)
                        .path(Long.toString(draft.id()))
                        .build())
                .entity(AnnouncementJson.of(draft))
                .build();
    }
}
