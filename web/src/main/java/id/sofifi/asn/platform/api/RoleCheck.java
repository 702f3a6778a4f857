package id.sofifi.asn.platform.api;

import id.sofifi.asn.identity.web.AsnAuthenticationMechanism;
import id.sofifi.asn.platform.web.Texts;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Answers 401 for an unknown token on any endpoint, and 401 (no token) or 403 (wrong role) for
 * resource methods marked {@code @RolesAllowed}, before any work starts. The use cases check roles
 * again on their side.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Locale locale = Problems.locale(request::getAcceptableLanguages);
        if (servletRequest.getAttribute(AsnAuthenticationMechanism.INVALID_TOKEN) != null) {
            request.abortWith(Problems.response(401, "unauthorized", Texts.text(locale, "error.tokenInvalid"), locale));
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(
                    Problems.response(401, "unauthorized", Texts.text(locale, "error.unauthenticated"), locale));
        } else if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.response(403, "forbidden", Texts.text(locale, "error.forbidden"), locale));
        }
    }
}
