package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.recruitment.application.RegistrationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One application's status and timeline, for agencies and for the applicant themself. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    @EJB
    RegistrationService registrations;

    @GET
    @Path("{registrationNumber}")
    @RolesAllowed({Role.AGENCY_NAME, Role.ADMIN_NAME, Role.VERIFIER_NAME, Role.SUPERVISOR_NAME, Role.OPERATOR_NAME,
            Role.APPLICANT_NAME})
    public ApplicationJson find(@PathParam("registrationNumber") String registrationNumber) {
        return ApplicationJson.of(registrations.find(registrationNumber));
    }
}
