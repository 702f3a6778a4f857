package id.sofifi.asn.platform.api;

import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The answer over a rate limit: 429 problem+json with {@code Retry-After} in seconds. */
final class RateLimitProblem {
    private RateLimitProblem() {
    }

    static Response of(long retryAfterSeconds, Locale locale) {
        Response problem = Problems.response(429, "too-many-requests",
                Texts.text(locale, "rateLimit.exceeded", retryAfterSeconds), locale);
        return Response.fromResponse(problem).header("Retry-After", retryAfterSeconds).build();
    }
}
