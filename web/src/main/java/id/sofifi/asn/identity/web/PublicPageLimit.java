package id.sofifi.asn.identity.web;

import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The per-address limit ({@link RateLimit#PUBLIC}) on the public portal's forms: every form sent on the report,
 * sign-up, survey and forum pages, and every opening of an announcement entry or its chain check. Over the limit the
 * visitor gets 429 with {@code Retry-After} and a short page saying, in their language, when to try again; the form
 * is not handled. The same pages read without sending anything are never counted.
 */
@WebFilter(urlPatterns = {"/lapor.xhtml", "/lapor/*", "/daftar.xhtml", "/survei.xhtml", "/forum/*", "/hasil-seleksi/*"})
public class PublicPageLimit extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Pages whose mere opening costs work: an entry's look-up, the chain recomputed. */
    private static final Set<String> LOOK_UPS = Set.of("/hasil-seleksi/entri.xhtml", "/hasil-seleksi/cek-rantai.xhtml");

    @Inject
    RateLimiter limiter;

    @Inject
    LocaleView locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        boolean counted = "POST".equals(request.getMethod()) || LOOK_UPS.contains(page);
        long retryAfter = counted ? limiter.take(RateLimit.PUBLIC, request.getRemoteAddr()) : 0;
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = Texts.text(locale.getLocale(), "rateLimit.exceeded", retryAfter);
        PrintWriter html = response.getWriter();
        html.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>429</title></head>"
                + "<body><main><p id=\"rateLimited\" role=\"alert\">" + message + "</p></main></body></html>");
    }
}
