package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * A body that is not JSON, or whose values have the wrong type, is the client's mistake: 400. When binding says
 * which property it could not read (a number too large for it, text where a number belongs), the answer names it.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    /** How JSON-B (Yasson) names the property it failed on; its messages are the only place that says. */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        Locale locale = Problems.locale(headers);
        String detail = Texts.text(locale, "error.unreadableBody");
        List<Problem.FieldError> errors = property(e).stream()
                .map(field -> new Problem.FieldError(field, null, Texts.text(locale, "validation.type"))).toList();
        return Problems.response(400, "bad-request", detail, errors, locale);
    }

    /**
     * The property as a path ({@code general.twk}): the outermost message that names one quotes the inner ones in
     * order.
     */
    private static List<String> property(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher found = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            Set<String> path = new LinkedHashSet<>();
            while (found.find()) {
                path.add(found.group(1));
            }
            if (!path.isEmpty()) {
                return List.of(String.join(".", path));
            }
        }
        return List.of();
    }
}
