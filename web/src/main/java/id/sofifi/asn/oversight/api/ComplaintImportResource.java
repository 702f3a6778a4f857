package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.api.JobJson;
import id.sofifi.asn.oversight.application.ComplaintImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/** Starts the import of cases forwarded from SP4N-LAPOR! (CSV); its progress and row errors are at /jobs/{id}. */
@Path("complaint-imports")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintImportResource {
    @EJB
    ComplaintImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.ADMIN_NAME)
    public Response start(InputStream csv) {
        return JobJson.accepted(uri, imports.start(csv));
    }
}
