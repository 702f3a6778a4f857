package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.web.RateLimit;
import id.sofifi.asn.identity.web.RateLimiter;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.api.SharedJsonb;
import id.sofifi.asn.selection.application.AnnouncementEntryView;
import id.sofifi.asn.selection.application.AnnouncementLookup;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/announcements/{id}/entries/{registrationNumber}} for an anonymous reader whose entry is found:
 * answered here, before JAX-RS, with the body, {@code ETag} and {@code Cache-Control} of
 * {@link AnnouncementResource#entry}, from the same memory ({@link AnnouncementLookup}). On announcement day this is
 * the busiest call, and JAX-RS's own per-request work (providers, interceptors, validation) cost more than the
 * look-up: the HTML page of the same entry answered twice as many requests per second (docs/benchmarks.md, "Issue 14
 * table"). Everything else — a token, another method, a draft, an unknown entry, a malformed id, a number that would
 * need decoding, the address over its limit — goes on to JAX-RS, which answers as the contract says (problem+json, 429). It runs only after
 * {@code platform.web.SecurityHeaders} has set the headers every answer carries; otherwise it steps aside.
 */
@WebFilter(urlPatterns = "/api/v1/announcements/*")
public class EntryFastPath extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern ENTRY = Pattern
            .compile("/api/v1/announcements/([0-9]{1,18})/entries/([A-Za-z0-9._-]{1,64})");
    private static final String FROZEN = "public, max-age=86400, immutable";

    @Inject
    transient AnnouncementLookup lookup;

    @Inject
    transient RateLimiter limiter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = ENTRY.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        AnnouncementEntryView entry = "GET".equals(request.getMethod()) && m.matches()
                && request.getHeader("Authorization") == null && response.containsHeader("Content-Security-Policy")
                        ? published(Long.parseLong(m.group(1)), m.group(2))
                        : null;
        if (entry == null || limiter.take(RateLimit.PUBLIC, request.getRemoteAddr()) > 0) {
            chain.doFilter(request, response);
            return;
        }
        String tag = "\"" + entry.entryHash() + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", FROZEN);
        String held = request.getHeader("If-None-Match");
        if (held != null && (held.contains(tag) || held.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = SharedJsonb.instance().toJson(EntryJson.single(entry)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The entry when its announcement is published and holds it; null for JAX-RS to answer otherwise. */
    private AnnouncementEntryView published(long id, String registrationNumber) {
        try {
            return lookup.entry(id, registrationNumber);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
