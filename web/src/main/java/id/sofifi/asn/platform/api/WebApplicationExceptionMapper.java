package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Errors JAX-RS itself raises (unknown path, wrong method or media type) as problem+json too. */
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
                : Problems.response(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
                        locale);
    }
}
