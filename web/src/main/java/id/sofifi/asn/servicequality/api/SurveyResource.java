package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.AddressLimited;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.servicequality.application.ReceiptCodeService;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.SurveyService;
import id.sofifi.asn.servicequality.web.KioskCookie;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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

/**
 * One service unit and its survey: citizens' responses (a paired kiosk's carry its cookie) and the index over a
 * period, the unit's poster (all public), and the receipt codes its counter prints (staff). One root for every path below a unit, since JAX-RS matches the root first.
 */
@Path("service-units/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {
    @EJB
    SurveyService survey;

    @EJB
    ServiceUnitService units;

    @EJB
    ReceiptCodeService receiptCodes;

    @Context
    HttpServletRequest request;

    /** The unit itself, where its creation's {@code Location} points. */
    @GET
    public ServiceUnitJson unit(@PathParam("code") String code) {
        return ServiceUnitJson.of(units.find(code));
    }

    @POST
    @Path("survey-responses")
    @AddressLimited
    public Response respond(@PathParam("code") String code, @CookieParam(KioskCookie.NAME) String kiosk,
            SurveyResponseJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        survey.submit(body.submission(code, request.getRemoteAddr(), kiosk));
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

    /** The unit's A4 poster with the QR code of its survey page on this server. */
    @GET
    @Path("poster")
    @Produces("application/pdf")
    public Response poster(@PathParam("code") String code) {
        String unit = units.find(code).code();
        return Response.ok(units.poster(unit, Requests.base(request) + "/survei.xhtml?unit=" + unit))
                .header("Content-Disposition", "inline; filename=\"poster-survei-" + unit + ".pdf\"").build();
    }

    /** {@code {"count": 50}} → 201 with the 50 new codes. */
    @POST
    @Path("receipt-codes")
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public Response issueReceiptCodes(@PathParam("code") String code, ReceiptCodesJson body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(new ReceiptCodesJson(body.count(), receiptCodes.issue(code, body.count()))).build();
    }
}
