package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.domain.PostingRateExceeded;
import id.sofifi.asn.platform.api.Problems;
import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Over the posting limit: 429, more specific than the 422 of any other rule. */
@Provider
public class PostingRateMapper implements ExceptionMapper<PostingRateExceeded> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PostingRateExceeded e) {
        Locale locale = Problems.locale(headers);
        return Problems.response(429, "too-many-requests", Texts.of(locale, e), locale);
    }
}
