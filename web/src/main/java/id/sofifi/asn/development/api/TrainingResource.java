package id.sofifi.asn.development.api;

import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.development.application.AttendanceService;
import id.sofifi.asn.development.application.EnrolmentService;
import id.sofifi.asn.development.application.EnrolmentView;
import id.sofifi.asn.development.application.TrainingService;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainings and their enrolments. Beyond the contract (v1 grows): {@code GET /trainings/{code}}, the staff's
 * {@code GET …/enrolments}, {@code DELETE …/enrolments/{nip}} (cancel; the first waiting moves up) and
 * {@code POST …/enrolments/{nip}/completion}, and the attendance per session ({@code GET …/attendance?on=},
 * {@code PUT …/attendance/{on}}).
 */
@Path("trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
    @EJB
    TrainingService trainings;

    @EJB
    EnrolmentService enrolments;

    @EJB
    AttendanceService attendance;

    @Context
    UriInfo uri;

    /** Every training, earliest first (at most 500; the catalogue page shows the upcoming ones). */
    @GET
    public List<TrainingJson> list() {
        return trainings.list(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(TrainingJson::of).toList();
    }

    @GET
    @Path("{code}")
    public TrainingJson find(@PathParam("code") String code) {
        return TrainingJson.of(trainings.find(code));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(TrainingJson body) {
        TrainingView created = trainings.create(required(body).toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(TrainingJson.of(created)).build();
    }

    @GET
    @Path("{code}/enrolments")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<EnrolmentJson> enrolments(@PathParam("code") String code) {
        return enrolments.enrolments(code).stream().map(EnrolmentJson::of).toList();
    }

    /** 201 when enrolled or, with {@code "waitingList": true} on a full training, put on the waiting list. */
    @POST
    @Path("{code}/enrolments")
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public Response enrol(@PathParam("code") String code, EnrolmentJson body) {
        new Violations()
                .check(body != null && body.nip() != null && !body.nip().isBlank(), "nip", "validation.required")
                .throwIfAny();
        EnrolmentView enrolled = enrolments.enrol(code, body.nip().strip(), Boolean.TRUE.equals(body.waitingList()));
        return Response.created(uri.getAbsolutePathBuilder().path(enrolled.nip()).build())
                .entity(EnrolmentJson.of(enrolled)).build();
    }

    @DELETE
    @Path("{code}/enrolments/{nip}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response cancel(@PathParam("code") String code, @PathParam("nip") String nip) {
        enrolments.cancel(code, nip);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/enrolments/{nip}/completion")
    @RolesAllowed(Role.ADMIN_NAME)
    public CompletionJson complete(@PathParam("code") String code, @PathParam("nip") String nip, CompletionJson body) {
        Violations v = new Violations();
        v.require(body, "body");
        v.throwIfAny();
        EnrolmentResult result = EnumFields.parse(EnrolmentResult.class, body.result(), "result", v);
        LocalDate completedOn = JsonDates.parse(body.completedOn(), "completedOn", v);
        v.require(result, "result");
        v.throwIfAny();
        LocalDate on = completedOn == null ? trainings.find(code).endsOn() : completedOn;
        String certificate = enrolments.complete(code, nip, result, on).orElse(null);
        return new CompletionJson(result.name(), on.toString(), certificate);
    }

    /** The register of the session {@code on} (ISO date; the first session when absent). */
    @GET
    @Path("{code}/attendance")
    @RolesAllowed(Role.ADMIN_NAME)
    public AttendanceJson attendance(@PathParam("code") String code, @QueryParam("on") String on) {
        return AttendanceJson.of(attendance.sheet(code, sessionOn(on)));
    }

    /** Records the session's attendance; saving a session again changes its marks. */
    @PUT
    @Path("{code}/attendance/{on}")
    @RolesAllowed(Role.ADMIN_NAME)
    public AttendanceJson recordAttendance(@PathParam("code") String code, @PathParam("on") String on,
            AttendanceJson body) {
        LocalDate sessionOn = sessionOn(on);
        Map<String, Boolean> presence = new LinkedHashMap<>();
        List<AttendanceJson.Attendee> marks = required(body).attendees();
        (marks == null ? List.<AttendanceJson.Attendee>of() : marks)
                .forEach(a -> presence.put(a.nip() == null ? null : a.nip().strip(), a.present()));
        return AttendanceJson.of(attendance.record(code, sessionOn, presence));
    }

    private static LocalDate sessionOn(String on) {
        Violations v = new Violations();
        LocalDate date = JsonDates.parse(on, "sessionOn", v);
        v.throwIfAny();
        return date;
    }

    private static <T> T required(T body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        return body;
    }
}
