package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.application.LoginResult;
import id.sofifi.asn.identity.domain.LoginOutcome;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login screens (staff by username, applicants by NIK): check the password and say plainly why a login failed.
 * Attempts from one address are rate limited ({@link RateLimit#LOGIN}) before any password is checked.
 */
@Named
@RequestScoped
public class LoginView {
    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    RateLimiter limiter;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // one address guessing across many accounts is never locked out per account: it is slowed down here
        long retryAfter = limiter.take(RateLimit.LOGIN, request.getRemoteAddr());
        if (retryAfter > 0) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
            FacesMessages.error("login.tooMany", retryAfter);
            password = null;
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + home(request));
            faces.responseComplete();
            return;
        }
        LoginResult result = (LoginResult) request.getAttribute(AsnAuthenticationMechanism.LOGIN_RESULT);
        LoginOutcome outcome = result == null ? LoginOutcome.WRONG_PASSWORD : result.outcome();
        FacesMessages.error(outcome == LoginOutcome.LOCKED
                ? "login.locked"
                : outcome == LoginOutcome.INACTIVE ? "login.inactive" : "login.failed");
        password = null;
    }

    /**
     * Where each kind of caller lands after login: applicants and employees on their own page, citizens in the forum,
     * staff at work.
     */
    private static String home(HttpServletRequest request) {
        if (request.isUserInRole(Role.APPLICANT_NAME)) {
            return "/pelamar/index.xhtml";
        }
        if (request.isUserInRole(Role.CITIZEN_NAME)) {
            return "/forum/index.xhtml";
        }
        return request.isUserInRole(Role.EMPLOYEE_NAME) ? "/asn/index.xhtml" : "/staff/index.xhtml";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean applicant = request.isUserInRole(Role.APPLICANT_NAME);
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath()
                + (applicant ? AsnAuthenticationMechanism.APPLICANT_LOGIN : "/login.xhtml") + "?logout=true");
        faces.responseComplete();
    }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }
}
