package id.sofifi.asn.oversight.web;

import id.sofifi.asn.identity.application.PasswordLinks;
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
public class CitizenSignUpView {
    /** Where the mailed link leads: this page, with {@code ?token=}. */
    public static final String CONFIRMATION_PAGE = "/forum/daftar.xhtml";

    @EJB
    CitizenAccounts citizens;

    @EJB
    PasswordLinks links;

    @Inject
    FacesContext faces;

    private String email;
    private String fullName;
    private String token;
    private String password;
    private String passwordRepeat;
    private boolean done;

    public void signUp() {
        String url = Requests.base((HttpServletRequest) faces.getExternalContext().getRequest()) + CONFIRMATION_PAGE;
        done = UseCase.run(() -> citizens.signUp(email, fullName, url), "citizen.linkSent");
    }

    public void confirm() {
        done = UseCase.run(() -> links.redeem(token, Requests.chars(password), Requests.chars(passwordRepeat)),
                "citizen.confirmed");
        password = null;
        passwordRepeat = null;
    }

    public boolean isDone() { return done; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getFullName() { return fullName; }

    public void setFullName(String fullName) { this.fullName = fullName; }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
}
