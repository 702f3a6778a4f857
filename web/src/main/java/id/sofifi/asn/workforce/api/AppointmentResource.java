package id.sofifi.asn.workforce.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.api.JobJson;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.workforce.application.AppointmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /periods/{code}/appointments}: appoint the passed applicants of a period as CPNS (a job). A root
 * resource of its own, full path and not {@code periods}: JAX-RS chooses the root whose template has the most
 * literal characters, so this class gets exactly this path and recruitment's {@code PeriodResource} (root of
 * {@code /periods}, handing the rest of a period to selection) keeps all others. That way workforce plugs into
 * the period's URL without recruitment's or selection's API knowing workforce ({@code AppointmentIT} checks
 * both routes).
 */
@Path("periods/{code}/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {
    @EJB
    AppointmentService appointments;

    @Context
    UriInfo uri;

    /** {@code chunk} is not in API-CONTRACT v1: appointees per transaction, for operators measuring. */
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response appoint(@PathParam("code") String period, @QueryParam("chunk") String chunk, AppointmentJson body) {
        return JobJson.accepted(uri, appointments.start(period, AppointmentJson.tmt(body),
                chunk == null ? null : (int) Paging.number(chunk, "chunk")));
    }
}
