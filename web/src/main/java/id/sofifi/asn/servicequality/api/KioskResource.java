package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.servicequality.application.KioskPairing;
import id.sofifi.asn.servicequality.application.KioskService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The kiosk tablets of a unit (administrators): list, pair (201 with the one-time pairing link the tablet opens)
 * and revoke. The more literal path wins over {@link SurveyResource}'s for {@code …/kiosks}.
 */
@Path("service-units/{code}/kiosks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class KioskResource {
    @EJB
    KioskService kiosks;

    @Context
    HttpServletRequest request;

    @GET
    public List<KioskJson> list(@PathParam("code") String code) {
        return kiosks.of(code).stream().map(k -> KioskJson.of(k, null, null)).toList();
    }

    @POST
    public Response pair(@PathParam("code") String code, KioskJson.New body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        KioskPairing pairing = kiosks.pair(code, body.label());
        return Response.status(Response.Status.CREATED).entity(
                KioskJson.of(pairing.kiosk(), pairing.pairingCode(), Requests.base(request) + pairing.pairingPath()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public KioskJson revoke(@PathParam("code") String code, @PathParam("id") long id) {
        return KioskJson.of(kiosks.revoke(code, id), null, null);
    }
}
