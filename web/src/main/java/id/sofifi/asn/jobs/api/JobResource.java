package id.sofifi.asn.jobs.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.api.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Progress and row errors of batch jobs started through the API; stopping and restarting them. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
    @EJB
    JobService jobs;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    @Any
    Instance<JobControl> controls;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
    public JobJson status(@PathParam("id") String id) {
        return JobJson.of(jobs.status(Paging.number(id, "id")), Problems.locale(headers));
    }

    @POST
    @Path("{id}/stop")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response stop(@PathParam("id") String id) {
        long executionId = Paging.number(id, "id");
        control(executionId).stop().accept(executionId);
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/restart")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response restart(@PathParam("id") String id) {
        long executionId = Paging.number(id, "id");
        return JobJson.accepted(uri, control(executionId).restart().applyAsLong(executionId));
    }

    /** The control of the context the run's job belongs to; a job no context controls is not found. */
    private JobControl control(long executionId) {
        String job = jobs.execution(executionId).getJobName();
        return controls.stream().filter(c -> c.controls(job)).findFirst()
                .orElseThrow(() -> new NotFoundException("job.notFound", executionId));
    }
}
