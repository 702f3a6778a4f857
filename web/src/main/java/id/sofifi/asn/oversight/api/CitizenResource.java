package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.application.PasswordLinks;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.application.CitizenAccounts;
import id.sofifi.asn.oversight.web.CitizenSignUpView;
import id.sofifi.asn.platform.api.AddressLimited;
import id.sofifi.asn.platform.web.Requests;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Citizens' accounts for the forum (beyond the contract): {@code POST /citizens} {@code {"email","fullName"}} mails a
 * confirmation link (202, the same answer whether or not the address has an account); {@code POST
 * /citizens/confirmation} {@code {"token","password","passwordRepeat"}} confirms the address and sets the password.
 */
@Path("citizens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CitizenResource {
    @EJB
    CitizenAccounts citizens;

    @EJB
    PasswordLinks links;

    @Context
    HttpServletRequest request;

    public record SignUp(String email, String fullName) {
    }

    public record Confirmation(String token, String password, String passwordRepeat) {
    }

    @POST
    @AddressLimited
    public Response signUp(SignUp body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        citizens.signUp(body.email(), body.fullName(), Requests.base(request) + CitizenSignUpView.CONFIRMATION_PAGE);
        return Response.accepted().build();
    }

    @POST
    @Path("confirmation")
    @AddressLimited
    public Response confirm(Confirmation body) {
        Violations v = new Violations();
        if (v.require(body, "body")) {
            v.require(body.token(), "token");
        }
        v.throwIfAny();
        links.redeem(body.token(), Requests.chars(body.password()), Requests.chars(body.passwordRepeat()));
        return Response.noContent().build();
    }
}
