package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.platform.api.Problems;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.servicequality.application.SubmissionLimitReached;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Too many responses from one address this hour: 429 problem+json, with {@code Retry-After} to the next hour. */
@Provider
public class SubmissionLimitMapper implements ExceptionMapper<SubmissionLimitReached> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SubmissionLimitReached e) {
        Locale locale = Problems.locale(headers);
        Response problem = Problems.response(429, "too-many-requests", Texts.of(locale, e), locale);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
