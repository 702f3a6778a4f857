package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.servicequality.application.SurveyFlagService;
import id.sofifi.asn.servicequality.domain.FlagReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The flagged responses of a unit for the BKD (administrators): the newest {@link PageRequest#MAX_SIZE}, filtered
 * by {@code reason} and {@code excluded}; an exclusion with its reason, and its withdrawal.
 */
@Path("service-units/{code}/flagged-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class FlaggedResponseResource {
    @EJB
    SurveyFlagService flags;

    @GET
    public List<FlaggedResponseJson> list(@PathParam("code") String code, @QueryParam("reason") String reason,
            @QueryParam("excluded") Boolean excluded) {
        Violations v = new Violations();
        FlagReason parsed = EnumFields.parse(FlagReason.class, reason, "reason", v);
        v.throwIfAny();
        return flags.flagged(code, parsed, excluded, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .map(FlaggedResponseJson::of).toList();
    }

    @POST
    @Path("{id}/exclusion")
    public FlaggedResponseJson exclude(@PathParam("code") String code, @PathParam("id") long id,
            FlaggedResponseJson.Exclusion body) {
        return FlaggedResponseJson.of(flags.exclude(code, id, body == null ? null : body.reason()));
    }

    @DELETE
    @Path("{id}/exclusion")
    public FlaggedResponseJson include(@PathParam("code") String code, @PathParam("id") long id) {
        return FlaggedResponseJson.of(flags.include(code, id));
    }
}
