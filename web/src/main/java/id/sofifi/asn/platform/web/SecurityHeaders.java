package id.sofifi.asn.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side protections every answer carries — portal pages, staff screens, API answers, downloads and
 * static files alike. A servlet filter rather than Undertow response-header filters in the server's CLI: the
 * Content-Security-Policy must be the one PrimeFaces extends with its per-request nonce (one policy in web.xml,
 * {@code primefaces.CSP_POLICY}, read here too), and HSTS depends on the request having come over TLS.
 * <p>
 * Where PrimeFaces renders a view it adds the policy with the nonce; this filter lets that header replace its own
 * nonce-less copy, so a page never carries two policies (two are both enforced: the stricter would block the nonce
 * scripts).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /** The policy PrimeFaces completes with {@code 'nonce-…';} after its last directive, script-src. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String TWO_YEARS = "max-age=63072000; includeSubDomains";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER) + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // no page uses the camera, microphone or location: uploads and the survey kiosk take files and taps only
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", TWO_YEARS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Turns a second Content-Security-Policy (PrimeFaces' one, with the nonce) into a replacement of the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
