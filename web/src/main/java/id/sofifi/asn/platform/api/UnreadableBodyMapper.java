package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A body that is not JSON, or whose values have the wrong type, is the client's mistake: 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        Locale locale = Problems.locale(headers);
        return Problems.response(400, "bad-request", Texts.text(locale, "error.unreadableBody"), locale);
    }
}
