package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.application.DuplicateCases;
import id.sofifi.asn.oversight.application.FiledComplaint;
import id.sofifi.asn.platform.api.AddressLimited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Laporan masyarakat: anyone files and reads (a confidential case needs the reporter's secret in the
 * {@code X-Reporter-Secret} header, or a staff token); administrators act on the case.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    static final String SECRET_HEADER = "X-Reporter-Secret";

    @EJB
    ComplaintService complaints;

    @EJB
    DuplicateCases duplicates;

    @Context
    UriInfo uri;

    @POST
    @AddressLimited
    public Response file(NewComplaintJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        FiledComplaint filed = complaints.file(body.filing());
        return Response.created(uri.getAbsolutePathBuilder().path(filed.complaint().trackingCode()).build())
                .entity(ComplaintJson.withSecret(filed.complaint(), filed.secret())).build();
    }

    @GET
    @Path("{code}")
    public ComplaintJson read(@PathParam("code") String code, @HeaderParam(SECRET_HEADER) String secret) {
        return ComplaintJson.of(complaints.read(code, secret));
    }

    @POST
    @Path("{code}/routing")
    @RolesAllowed(Role.ADMIN_NAME)
    public ComplaintJson route(@PathParam("code") String code, CaseActionJson body) {
        return ComplaintJson.of(complaints.route(code, CaseActionJson.orEmpty(body).workUnitCode()));
    }

    @POST
    @Path("{code}/refusal")
    @RolesAllowed(Role.ADMIN_NAME)
    public ComplaintJson refuse(@PathParam("code") String code, CaseActionJson body) {
        return ComplaintJson.of(complaints.refuse(code, CaseActionJson.orEmpty(body).reason()));
    }

    @POST
    @Path("{code}/follow-ups")
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public ComplaintJson followUp(@PathParam("code") String code, CaseActionJson body) {
        return ComplaintJson.of(complaints.followUp(code, CaseActionJson.orEmpty(body).answer()));
    }

    @POST
    @Path("{code}/closing")
    @RolesAllowed(Role.ADMIN_NAME)
    public ComplaintJson close(@PathParam("code") String code) {
        return ComplaintJson.of(complaints.close(code));
    }

    @POST
    @Path("{code}/reopening")
    @RolesAllowed(Role.ADMIN_NAME)
    public ComplaintJson reopen(@PathParam("code") String code, CaseActionJson body) {
        return ComplaintJson.of(complaints.reopen(code, CaseActionJson.orEmpty(body).reason()));
    }

    /** Cases of the same unit that read alike (§5 duplicates), the most alike first. */
    @GET
    @Path("{code}/duplicates")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<DuplicateJson> duplicates(@PathParam("code") String code) {
        return duplicates.suggestions(code).stream().map(DuplicateJson::of).toList();
    }

    /** Ends this case as a duplicate of {@code intoTrackingCode}; both timelines show it. */
    @POST
    @Path("{code}/merging")
    @RolesAllowed(Role.ADMIN_NAME)
    public ComplaintJson merge(@PathParam("code") String code, CaseActionJson body) {
        String into = CaseActionJson.orEmpty(body).intoTrackingCode();
        new Violations().check(into != null && !into.isBlank(), "intoTrackingCode", "validation.required").throwIfAny();
        return ComplaintJson.of(duplicates.merge(code, into));
    }

    /** The reporter's rating of the unit's answer (1–4), proven by the secret; it closes the case. */
    @POST
    @Path("{code}/ratings")
    @AddressLimited
    public ComplaintJson rate(@PathParam("code") String code, CaseActionJson body) {
        CaseActionJson action = CaseActionJson.orEmpty(body);
        return ComplaintJson.of(complaints.rate(code, action.secret(), action.rating()));
    }

    /** The reporter's reply to a follow-up, proven by the secret. */
    @POST
    @Path("{code}/replies")
    @AddressLimited
    public ComplaintJson reply(@PathParam("code") String code, CaseActionJson body) {
        CaseActionJson action = CaseActionJson.orEmpty(body);
        return ComplaintJson.of(complaints.reply(code, action.secret(), action.text()));
    }
}
