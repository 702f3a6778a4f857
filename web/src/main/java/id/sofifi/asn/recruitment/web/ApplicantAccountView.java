package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.platform.web.Requests;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicantAccountService;
import id.sofifi.asn.recruitment.domain.ApplicantDetails;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

/**
 * The applicant's account pages: open an account, confirm the e-mail, ask for and use a password
 * reset link. Links in mails point back to this server, as the applicant reached it.
 */
@Named
@RequestScoped
public class ApplicantAccountView {
    @EJB
    ApplicantAccountService accounts;

    @Inject
    FacesContext faces;

    private String nik;
    private String fullName;
    private LocalDate birthDate;
    private Sex sex;
    private String email;
    private String phone;
    private String password;
    private String passwordRepeat;
    private String token;
    private boolean done;

    public void register() {
        done = UseCase.run(
                () -> accounts.register(new ApplicantDetails(nik, fullName, birthDate, sex, email, phone),
                        Requests.chars(password), Requests.chars(passwordRepeat), link("/konfirmasi.xhtml")),
                "applicant.registered", email);
        password = null;
        passwordRepeat = null;
    }

    public void confirm() {
        done = UseCase.run(() -> accounts.confirmEmail(token), "applicant.confirmed");
    }

    public void requestReset() {
        done = UseCase.run(() -> accounts.requestPasswordReset(email, link("/atur-sandi.xhtml")),
                "applicant.resetSent");
    }

    public void resetPassword() {
        done = UseCase.run(
                () -> accounts.resetPassword(token, Requests.chars(password), Requests.chars(passwordRepeat)),
                "applicant.passwordChanged");
    }

    public Sex[] getSexes() { return Sex.values(); }

    private String link(String page) {
        return Requests.base((HttpServletRequest) faces.getExternalContext().getRequest()) + page;
    }

    public boolean isDone() { return done; }

    public String getNik() { return nik; }

    public void setNik(String nik) { this.nik = nik; }

    public String getFullName() { return fullName; }

    public void setFullName(String fullName) { this.fullName = fullName; }

    public LocalDate getBirthDate() { return birthDate; }

    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }

    public Sex getSex() { return sex; }

    public void setSex(Sex sex) { this.sex = sex; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = phone; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }
}
