package id.sofifi.asn.workforce.web;

import id.sofifi.asn.identity.web.PasswordChoice;
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
public class EmployeePasswordView extends PasswordChoice {
    static final String PAGE = "/kata-sandi-asn.xhtml";

    @EJB
    EmployeeAccess access;

    @Inject
    FacesContext faces;

    private String nip;

    public void requestLink() {
        String url = Requests.base((HttpServletRequest) faces.getExternalContext().getRequest()) + PAGE;
        done(UseCase.run(() -> access.requestPasswordLink(nip, url), "employee.passwordLinkRequested"));
    }

    public void choosePassword() {
        choose("employee.passwordChosen");
    }

    public String getNip() { return nip; }

    public void setNip(String nip) { this.nip = nip; }
}
