package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.JobJson;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.selection.application.ResultService;
import id.sofifi.asn.selection.application.ScoreImportService;
import id.sofifi.asn.selection.application.SkbWeightsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * Score imports, the two ranking jobs and their results of one selection period (API-CONTRACT.md,
 * Selection). Its root path is the same as the recruitment resource's: RESTEasy merges the methods of
 * both, where a root of {@code periods/{code}} would hide the recruitment resource's sub-paths.
 */
@Path("periods")
@Produces(MediaType.APPLICATION_JSON)
public class SelectionResource {
    private static final String CSV = "text/csv";

    @EJB
    ScoreImportService imports;

    @EJB
    RankingService rankings;

    @EJB
    ResultService results;

    @EJB
    SkbWeightsService weights;

    @Context
    UriInfo uri;

    @PathParam("code")
    String period;

    @POST
    @Path("{code}/skd-score-imports")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Response importSkd(@QueryParam("chunk") String chunk, InputStream csv) {
        return JobJson.accepted(uri, imports.startSkd(period, csv, chunk(chunk)));
    }

    @POST
    @Path("{code}/skb-score-imports")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Response importSkb(@QueryParam("chunk") String chunk, InputStream csv) {
        return JobJson.accepted(uri, imports.startSkb(period, csv, chunk(chunk)));
    }

    /** Not in API-CONTRACT v1: rows per transaction of an import, for operators measuring (docs/benchmarks.md). */
    private static Integer chunk(String text) {
        return text == null ? null : (int) Paging.number(text, "chunk");
    }

    @POST
    @Path("{code}/skd-rankings")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response rankSkd() {
        return JobJson.accepted(uri, rankings.startSkd(period));
    }

    @POST
    @Path("{code}/final-rankings")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response rankFinal() {
        return JobJson.accepted(uri, rankings.startFinal(period));
    }

    /** Not in API-CONTRACT v1 yet: how SKB is weighed in one formation (§1.6). */
    @PUT
    @Path("{code}/formations/{formation}/skb-weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public SkbWeightsJson weighSkb(@PathParam("formation") String formation, SkbWeightsJson body) {
        Violations v = new Violations();
        v.require(body, "body");
        v.throwIfAny();
        return SkbWeightsJson.of(weights.set(period, formation, null, body.cat(), body.extra()));
    }

    @GET
    @Path("{code}/skd-results")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Page<SkdResultJson> skdResults(@QueryParam("formation") String formation, @BeanParam Paging paging) {
        return results.skdResults(period, formation, paging.request()).map(SkdResultJson::of);
    }

    @GET
    @Path("{code}/final-results")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Page<FinalResultJson> finalResults(@QueryParam("formation") String formation, @BeanParam Paging paging) {
        return results.finalResults(period, formation, paging.request()).map(FinalResultJson::of);
    }
}
