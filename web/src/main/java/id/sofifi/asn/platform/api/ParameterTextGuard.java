package id.sofifi.asn.platform.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StorableText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query parameter or a header value that no person types: a control character (NUL would reach PostgreSQL, which
 * fails the whole statement), a lone surrogate, or U+FFFD, which is what the container decodes {@code %C0%AF} and
 * other bytes that are not UTF-8 into. A 400 naming the parameter, before any resource runs; it follows the role
 * check, so a caller without a token learns nothing about the parameters.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class ParameterTextGuard implements ContainerRequestFilter {
    private static final char UNDECODABLE = '\uFFFD';

    @Override
    public void filter(ContainerRequestContext request) {
        Violations v = new Violations();
        check(request.getUriInfo().getPathParameters(), v);
        check(request.getUriInfo().getQueryParameters(), v);
        check(request.getHeaders(), v);
        v.throwIfAny();
    }

    private static void check(MultivaluedMap<String, String> parameters, Violations v) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean valid = plain(name) && parameter.getValue().stream().allMatch(ParameterTextGuard::plain);
            v.check(valid, plain(name) ? name : "parameter", "validation.controlCharacter");
        }
    }

    private static boolean plain(String text) {
        return text.indexOf(UNDECODABLE) < 0 && StorableText.firstForbidden(text, false) < 0;
    }
}
