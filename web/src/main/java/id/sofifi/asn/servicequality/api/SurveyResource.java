package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.servicequality.application.SurveyService;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** The public survey of a service unit: citizens' responses and the index over a period (both public). */
@Path("service-units/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {
    @EJB
    SurveyService survey;

    @Context
    HttpServletRequest request;

    @POST
    @Path("survey-responses")
    public Response respond(@PathParam("code") String code, SurveyResponseJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        survey.submit(body.submission(code, request.getRemoteAddr()));
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("ikm")
    public IkmJson index(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Violations v = new Violations();
        LocalDate start = JsonDates.parse(from, "from", v);
        LocalDate end = JsonDates.parse(to, "to", v);
        v.throwIfAny();
        return IkmJson.of(survey.index(code, start, end));
    }
}
