package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Errors JAX-RS itself raises (unknown path, wrong method or media type, a body too large) as problem+json too,
 * explained in the caller's language where we have the words for the status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Locale locale = Problems.locale(headers);
        return status == 400
                ? Problems.response(400, "bad-request", Texts.text(locale, "error.unreadableBody"), locale)
                : Problems.response(status, "http-" + status, detail(status, e, locale), locale);
    }

    private static String detail(int status, WebApplicationException e, Locale locale) {
        String key = "error.http-" + status;
        String detail = Texts.text(locale, key);
        return detail.equals(key) ? e.getResponse().getStatusInfo().getReasonPhrase() : detail;
    }
}
