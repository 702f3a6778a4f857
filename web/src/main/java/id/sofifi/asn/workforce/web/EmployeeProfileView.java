package id.sofifi.asn.workforce.web;

import id.sofifi.asn.platform.web.Formats;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.workforce.application.EmployeeProfile;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.EmployeeTimelineEntry;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeAccess;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Profil pegawai: one employee's facts and the timeline every context contributes to. */
@Named
@ViewScoped
public class EmployeeProfileView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    EmployeeService employees;

    @EJB
    EmployeeAccess access;

    private String nip;
    private EmployeeProfile profile;

    public void load() {
        if (profile == null && nip != null) {
            profile = employees.profile(nip);
        }
    }

    /** Mails the employee the link with which they choose their own password (first sign-in or forgotten). */
    public void sendPasswordLink() {
        String url = Requests
                .base((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                + EmployeePasswordView.PAGE;
        UseCase.run(() -> access.sendPasswordLink(nip, url), "employee.passwordLinkSent", profile.email());
    }

    /** What a timeline entry says, in the screen's language. */
    public String describe(EmployeeTimelineEntry entry) {
        return Texts.text(Formats.locale(), entry.messageKey(), entry.args().toArray());
    }

    public String getNip() { return nip; }

    public void setNip(String nip) { this.nip = nip; }

    public EmployeeProfile getProfile() { return profile; }
}
