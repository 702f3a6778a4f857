package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.api.JobJson;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.selection.application.ResultService;
import id.sofifi.asn.selection.application.ScoreImportService;
import id.sofifi.asn.selection.application.SkbWeightsService;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
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
 * What selection serves under one period (API-CONTRACT.md, Selection): score imports, the two ranking jobs
 * and their results, SKB weights and announcement drafts. Not a root resource: {@code /periods} has one root,
 * the recruitment {@code PeriodResource}, which hands {@code {code}/…} paths it does not serve itself to
 * this class. A sub-resource gets no field injection from JAX-RS, so the request's URI and the period code
 * come as method parameters.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
public class PeriodSelectionResource {
    private static final String CSV = "text/csv";

    @EJB
    ScoreImportService imports;

    @EJB
    RankingService rankings;

    @EJB
    ResultService results;

    @EJB
    SkbWeightsService weights;

    @EJB
    AnnouncementService announcements;

    @POST
    @Path("skd-score-imports")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Response importSkd(@PathParam("code") String period, @QueryParam("chunk") String chunk, @Context UriInfo uri,
            InputStream csv) {
        return JobJson.accepted(uri, imports.startSkd(period, csv, chunk(chunk)));
    }

    @POST
    @Path("skb-score-imports")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Response importSkb(@PathParam("code") String period, @QueryParam("chunk") String chunk, @Context UriInfo uri,
            InputStream csv) {
        return JobJson.accepted(uri, imports.startSkb(period, csv, chunk(chunk)));
    }

    /** Not in API-CONTRACT v1: rows per transaction of an import, for operators measuring (docs/benchmarks.md). */
    private static Integer chunk(String text) {
        return text == null ? null : (int) Paging.number(text, "chunk");
    }

    @POST
    @Path("skd-rankings")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response rankSkd(@PathParam("code") String period, @Context UriInfo uri) {
        return JobJson.accepted(uri, rankings.startSkd(period));
    }

    @POST
    @Path("final-rankings")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response rankFinal(@PathParam("code") String period, @Context UriInfo uri) {
        return JobJson.accepted(uri, rankings.startFinal(period));
    }

    /** Not in API-CONTRACT v1 yet: how SKB is weighed in one formation (§1.6). */
    @PUT
    @Path("formations/{formation}/skb-weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public SkbWeightsJson weighSkb(@PathParam("code") String period, @PathParam("formation") String formation,
            SkbWeightsJson body) {
        Violations v = new Violations();
        v.require(body, "body");
        v.throwIfAny();
        return SkbWeightsJson.of(weights.set(period, formation, null, body.cat(), body.extra()));
    }

    @GET
    @Path("skd-results")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Page<SkdResultJson> skdResults(@PathParam("code") String period, @QueryParam("formation") String formation,
            @BeanParam Paging paging) {
        return results.skdResults(period, formation, paging.request()).map(SkdResultJson::of);
    }

    @GET
    @Path("final-results")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Page<FinalResultJson> finalResults(@PathParam("code") String period,
            @QueryParam("formation") String formation, @BeanParam Paging paging) {
        return results.finalResults(period, formation, paging.request()).map(FinalResultJson::of);
    }

    /** A draft of a stage's results, or a correction of a published one. */
    @POST
    @Path("announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Response prepareAnnouncement(@PathParam("code") String period, @Context UriInfo uri,
            NewAnnouncementJson body) {
        Violations v = new Violations();
        v.check(body != null, "body", "validation.required").throwIfAny();
        AnnouncementStage stage = EnumFields.parse(AnnouncementStage.class, body.stage(), "stage", v);
        v.throwIfAny();
        AnnouncementSummary draft = announcements.prepare(period, stage, body.corrects());
        return Response.created(
                uri.getBaseUriBuilder().path(AnnouncementResource.class).path(Long.toString(draft.id())).build())
                .entity(AnnouncementJson.of(draft)).build();
    }
}
