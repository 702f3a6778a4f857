package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.api.JobJson;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.ApplicationImportService;
import id.sofifi.asn.recruitment.application.FormationService;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationFilter;
import id.sofifi.asn.selection.api.PeriodSelectionResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import java.util.List;

/**
 * Selection periods, their thresholds and their formations (API-CONTRACT.md, Recruitment). The one root
 * resource of {@code /periods}: the paths of a period that selection serves are handed on to selection's
 * sub-resource, so no other class shares this root path. Only {@code /periods/{code}/appointments} has a root
 * of its own (workforce's {@code AppointmentResource}), so that recruitment's API need not know workforce.
 */
@Path("periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {
    /** Public lists of periods are short; this bounds them all the same. */
    private static final int MAX_PERIODS = PageRequest.MAX_SIZE;

    @EJB
    SelectionPeriodService periods;

    @EJB
    FormationService formations;

    @EJB
    ApplicationImportService imports;

    @Context
    UriInfo uri;

    @Inject
    Instance<PeriodSelectionResource> selection;

    @GET
    public List<PeriodJson> list() {
        return periods.list(null, PageRequest.of(0, MAX_PERIODS)).items().stream().map(PeriodJson::summary).toList();
    }

    @GET
    @Path("{code}")
    public PeriodJson find(@PathParam("code") String code) {
        return PeriodJson.full(periods.find(code));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(NewPeriodJson body) {
        PeriodView created = periods.create(required(body).toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(PeriodJson.full(created)).build();
    }

    @PUT
    @Path("{code}/thresholds")
    @RolesAllowed(Role.ADMIN_NAME)
    public PeriodJson changeThresholds(@PathParam("code") String code, ThresholdsJson body) {
        return PeriodJson.full(periods.changeThresholds(code, null, required(body).toDomain()));
    }

    /** Starts the import job of an external registration export; its progress is at {@code /jobs/{id}}. */
    @POST
    @Path("{code}/application-imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Response importApplications(@PathParam("code") String code, InputStream csv) {
        return JobJson.accepted(uri, imports.start(code, csv));
    }

    @GET
    @Path("{code}/formations")
    public Page<FormationJson> formations(@PathParam("code") String code, @QueryParam("workUnit") String workUnit,
            @QueryParam("category") String category, @QueryParam("q") String text, @BeanParam Paging paging) {
        periods.find(code);
        Violations v = new Violations();
        FormationCategory parsed = EnumFields.parse(FormationCategory.class, category, "category", v);
        v.throwIfAny();
        return formations.search(new FormationFilter(code, workUnit, parsed, null, text), paging.request())
                .map(FormationJson::of);
    }

    @GET
    @Path("{code}/formations/{formation}")
    public FormationJson formation(@PathParam("code") String code, @PathParam("formation") String formation) {
        return FormationJson.of(formations.find(code, formation));
    }

    @POST
    @Path("{code}/formations")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createFormation(@PathParam("code") String code, FormationJson body) {
        FormationView created = formations.create(code, required(body).toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(FormationJson.of(created)).build();
    }

    /**
     * Score imports, rankings, results, SKB weights and announcements of the period. JAX-RS prefers this
     * class's own methods ({@code {code}/formations/…} included) to a locator of the same path, so only
     * the paths they do not serve reach selection.
     */
    @Path("{code}")
    public PeriodSelectionResource selection() {
        return selection.get();
    }

    private static <T> T required(T body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        return body;
    }
}
