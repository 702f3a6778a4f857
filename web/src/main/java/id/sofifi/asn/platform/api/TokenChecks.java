package id.sofifi.asn.platform.api;

import id.sofifi.asn.identity.application.TokenGrant;
import id.sofifi.asn.identity.domain.ApiScope;
import id.sofifi.asn.identity.web.AsnAuthenticationMechanism;
import id.sofifi.asn.identity.web.RateLimit;
import id.sofifi.asn.identity.web.RateLimiter;
import id.sofifi.asn.platform.web.Texts;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * What a valid bearer token may do beyond its roles, for every endpoint at once: its calls count against the token's
 * rate limit (429), and an agency client's token reaches only the endpoint groups of its scopes — the group of an
 * endpoint is the context of its resource's package ({@link ApiScope#ofPackage}), anything else is 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenChecks implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(servletRequest.getAttribute(AsnAuthenticationMechanism.TOKEN_GRANT) instanceof TokenGrant grant)) {
            return;
        }
        Locale locale = Problems.locale(request);
        long retryAfter = limiter.take(RateLimit.TOKEN, String.valueOf(grant.tokenId()));
        if (retryAfter > 0) {
            request.abortWith(RateLimitProblem.of(retryAfter, locale));
            return;
        }
        Class<?> target = resource.getResourceClass();
        if (target != null && !grant.allows(ApiScope.ofPackage(target.getPackageName()))) {
            request.abortWith(Problems.response(403, "forbidden", Texts.text(locale, "apiClient.outOfScope"), locale));
        }
    }
}
