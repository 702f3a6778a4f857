package id.sofifi.asn.platform.api;

import id.sofifi.asn.identity.web.RateLimit;
import id.sofifi.asn.identity.web.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Counts each call of an {@link AddressLimited} endpoint against its client address; 429 over the limit. */
@Provider
@AddressLimited
@Priority(Priorities.AUTHENTICATION)
public class AddressRateCheck implements ContainerRequestFilter {
    @Context
    HttpServletRequest servletRequest;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        long retryAfter = limiter.take(RateLimit.PUBLIC, servletRequest.getRemoteAddr());
        if (retryAfter > 0) {
            request.abortWith(RateLimitProblem.of(retryAfter, Problems.locale(request)));
        }
    }
}
