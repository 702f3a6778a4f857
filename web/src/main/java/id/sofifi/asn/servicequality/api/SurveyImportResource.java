package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.api.JobJson;
import id.sofifi.asn.servicequality.application.SurveyImportService;
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
import java.io.InputStream;

/** Starts the import of a unit's paper survey forms (CSV); its progress and row errors are at {@code /jobs/{id}}. */
@Path("service-units/{code}/survey-imports")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyImportResource {
    @EJB
    SurveyImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.ADMIN_NAME)
    public Response start(@PathParam("code") String code, InputStream csv) {
        return JobJson.accepted(uri, imports.start(code, csv));
    }
}
