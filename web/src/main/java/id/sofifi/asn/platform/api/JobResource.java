package id.sofifi.asn.platform.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Progress and row errors of batch jobs started through the API. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
    @EJB
    JobService jobs;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
    public JobJson status(@PathParam("id") String id) {
        return JobJson.of(jobs.status(Paging.number(id, "id")), Problems.locale(headers));
    }
}
