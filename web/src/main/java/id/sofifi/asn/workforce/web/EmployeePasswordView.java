package id.sofifi.asn.workforce.web;

import id.sofifi.asn.identity.application.PasswordLinks;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The employee's password page: ask for the link by NIP, then choose the password through it. */
@Named
@RequestScoped
public class EmployeePasswordView {
    static final String PAGE = "/kata-sandi-asn.xhtml";

    @EJB
    EmployeeAccess access;

    @EJB
    PasswordLinks links;

    @Inject
    FacesContext faces;

    private String nip;
    private String token;
    private String password;
    private String passwordRepeat;
    private boolean done;

    public void requestLink() {
        String url = Requests.base((HttpServletRequest) faces.getExternalContext().getRequest()) + PAGE;
        done = UseCase.run(() -> access.requestPasswordLink(nip, url), "employee.passwordLinkRequested");
    }

    public void choosePassword() {
        done = UseCase.run(() -> links.redeem(token, Requests.chars(password), Requests.chars(passwordRepeat)),
                "employee.passwordChosen");
        password = null;
        passwordRepeat = null;
    }

    public boolean isDone() { return done; }

    public String getNip() { return nip; }

    public void setNip(String nip) { this.nip = nip; }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
}
