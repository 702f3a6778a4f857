package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.application.AuthenticationService;
import id.sofifi.asn.identity.application.Caller;
import id.sofifi.asn.identity.application.LoginResult;
import id.sofifi.asn.identity.application.TokenGrant;
import id.sofifi.asn.recruitment.application.ApplicantAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mechanism for both kinds of caller. API requests carrying {@code Authorization: Bearer} are
 * checked against stored token hashes on every request and never get a session, so a revoked token
 * stops working at once. Staff log in through the login screen, which hands over a username and
 * password (applicants their NIK and password, on the portal's login page); on success the session id
 * is renewed (no fixation) and the session remembers the staff
 * member until logout or timeout. A request with an unknown token is refused by the API, never served
 * anonymously. Anonymous requests for staff pages are sent to the login screen; anonymous API calls
 * stay anonymous and the API itself answers 401 where a role is needed.
 */
@ApplicationScoped
public class AsnAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Request attribute with the {@link LoginResult} of a failed form login, for the login screen. */
    public static final String LOGIN_RESULT = "asn.loginResult";
    /** Request attribute set when a Bearer token was sent but is unknown, revoked or expired. */
    public static final String INVALID_TOKEN = "asn.invalidToken";
    /** Request attribute with the {@link TokenGrant} of a valid Bearer token: its scopes and rate limit key. */
    public static final String TOKEN_GRANT = "asn.tokenGrant";

    private static final String SESSION_CALLER = "asn.caller";
    private static final String BEARER = "Bearer ";

    /** The applicant's own pages, and where an anonymous visitor of them is sent to log in. */
    public static final String APPLICANT_PAGES = "/pelamar/";

    public static final String APPLICANT_LOGIN = "/masuk.xhtml";
    /** Applicants log in with their NIK; staff usernames are never 16 digits. */
    private static final Pattern NIK = Pattern.compile("\\d{16}");

    @EJB
    AuthenticationService authentication;

    @EJB
    ApplicantAccountService applicants;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<TokenGrant> grant = authentication.byToken(authorization.substring(BEARER.length()).strip());
            if (grant.isPresent()) {
                request.setAttribute(TOKEN_GRANT, grant.get());
                return notify(context, grant.get().caller());
            }
            // answered by the API's role check as a problem+json 401, whatever the endpoint
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            String username = password.getCaller() == null ? "" : password.getCaller().strip();
            LoginResult result = NIK.matcher(username).matches()
                    ? applicants.login(username, password.getPassword().getValue())
                    : authentication.login(username, password.getPassword().getValue());
            if (result.success().isPresent()) {
                request.changeSessionId();
                request.getSession().setAttribute(SESSION_CALLER, result.caller());
                return notify(context, result.caller());
            }
            request.setAttribute(LOGIN_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller staff) {
            return notify(context, staff);
        }
        if (context.isProtected()) {
            boolean applicantPage = request.getRequestURI().startsWith(request.getContextPath() + APPLICANT_PAGES);
            return context.redirect(request.getContextPath() + (applicantPage ? APPLICANT_LOGIN : "/login.xhtml"));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Caller caller) {
        return context.notifyContainerAboutLogin(caller.name(), caller.roleNames());
    }
}
