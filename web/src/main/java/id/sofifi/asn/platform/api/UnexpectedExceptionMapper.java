package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Our own failure: 500 with an incident number that points into server.log, never a stack trace in
 * the answer. The one client's mistake that arrives here is a body over the container's {@code max-post-size}:
 * whoever read the stream (a CSV import staging its file) met it as an I/O error, so it is told apart here, 413.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    /** Undertow's refusal of a body over {@code max-post-size}; its class is not on the application's path. */
    private static final String REQUEST_TOO_BIG = "io.undertow.server.RequestTooBigException";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = Problems.locale(headers);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals(REQUEST_TOO_BIG)) {
                return Problems.response(413, "http-413", Texts.text(locale, "error.http-413"), locale);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return Problems.response(500, "internal", Texts.text(locale, "error.internal", incident), locale);
    }
}
