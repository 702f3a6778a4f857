package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A use case refused the caller's role: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException e) {
        Locale locale = Problems.locale(headers);
        return Problems.response(403, "forbidden", Texts.text(locale, "error.forbidden"), locale);
    }
}
