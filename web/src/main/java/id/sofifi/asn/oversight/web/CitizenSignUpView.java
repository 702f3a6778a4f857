package id.sofifi.asn.oversight.web;

import id.sofifi.asn.identity.web.PasswordChoice;
import id.sofifi.asn.oversight.application.CitizenAccounts;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The citizen's sign-up page: ask for the link by e-mail, then confirm it by choosing the password through it. */
@Named
@RequestScoped
public class CitizenSignUpView extends PasswordChoice {
    /** Where the mailed link leads: this page, with {@code ?token=}. */
    public static final String CONFIRMATION_PAGE = "/forum/daftar.xhtml";

    @EJB
    CitizenAccounts citizens;

    @Inject
    FacesContext faces;

    private String email;
    private String fullName;

    public void signUp() {
        String url = Requests.base((HttpServletRequest) faces.getExternalContext().getRequest()) + CONFIRMATION_PAGE;
        done(UseCase.run(() -> citizens.signUp(email, fullName, url), "citizen.linkSent"));
    }

    public void confirm() {
        choose("citizen.confirmed");
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getFullName() { return fullName; }

    public void setFullName(String fullName) { this.fullName = fullName; }
}
