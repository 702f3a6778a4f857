package id.sofifi.asn.performance.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.performance.application.EvaluationReportService;
import id.sofifi.asn.performance.application.ReportStart;
import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.application.Xlsx;
import id.sofifi.asn.platform.persistence.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;

/**
 * Laporan evaluasi berkala (API-CONTRACT "Performance and service quality"): operators and administrators start the
 * report job of a quarter or a year (202 with the job's address); they and agencies read reports and download their
 * PDF and XLSX; an administrator publishes one, which freezes it.
 */
@Path("evaluation-reports")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationReportResource {
    static final String PDF = "application/pdf";

    @EJB
    EvaluationReportService reports;

    @Context
    UriInfo uri;

    /** The body of {@code POST /evaluation-reports}: ISO dates, the work unit's code optional. */
    public record ReportRequest(String from, String to, String workUnit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Response start(ReportRequest body) {
        Violations v = new Violations();
        v.require(body, "body");
        v.throwIfAny();
        LocalDate from = JsonDates.parse(body.from(), "from", v);
        LocalDate to = JsonDates.parse(body.to(), "to", v);
        v.throwIfAny();
        ReportStart started = reports.start(from, to, body.workUnit());
        return Response.accepted(Map.of("jobId", started.jobExecutionId(), "reportId", started.reportId()))
                .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(started.jobExecutionId())).build())
                .link(uri.getBaseUriBuilder().path("evaluation-reports").path(Long.toString(started.reportId()))
                        .build(), "report")
                .build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public Page<ReportSummaryJson> list(@BeanParam Paging paging) {
        return reports.list(paging.request()).map(ReportSummaryJson::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public JsonObject get(@PathParam("id") String id) {
        return ReportJson.of(reports.get(Paging.number(id, "id")), uri);
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public Response pdf(@PathParam("id") String id) {
        return download(id, "pdf", PDF);
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public Response xlsx(@PathParam("id") String id) {
        return download(id, "xlsx", Xlsx.CONTENT_TYPE);
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Role.ADMIN_NAME)
    public JsonObject publish(@PathParam("id") String id) {
        return ReportJson.of(reports.publish(Paging.number(id, "id")), uri);
    }

    private Response download(String id, String kind, String mediaType) {
        long report = Paging.number(id, "id");
        return Response.ok(reports.file(report, kind), mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ReportView.fileName(report, kind) + "\"")
                .build();
    }
}
