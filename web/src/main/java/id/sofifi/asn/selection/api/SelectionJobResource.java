package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.api.JobJson;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.selection.application.RankingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Stopping a running selection job and restarting a stopped or failed one from its last checkpoint. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SelectionJobResource {
    @EJB
    RankingService rankings;

    @Context
    UriInfo uri;

    @PathParam("id")
    String id;

    @POST
    @Path("{id}/stop")
    public Response stop() {
        rankings.stop(Paging.number(id, "id"));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/restart")
    public Response restart() {
        return JobJson.accepted(uri, rankings.restart(Paging.number(id, "id")));
    }
}
