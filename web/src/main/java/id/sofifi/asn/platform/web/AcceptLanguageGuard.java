package id.sofifi.asn.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides an {@code Accept-Language} header that is not a list of language ranges (RFC 9110 §12.5.4), so that the
 * request is answered as one without it, in Indonesian. RESTEasy parses the header before any of our code runs and
 * answered such a request, whatever its path, with the container's HTML "Bad Request" page instead of the API's
 * problem+json; a language preference a client garbled is no reason to refuse what it asked for.
 */
@WebFilter(urlPatterns = "/*")
public class AcceptLanguageGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HEADER = "Accept-Language";
    private static final String RANGE = "(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)"
            + "(?:[ \\t]*;[ \\t]*[qQ][ \\t]*=[ \\t]*(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?";
    private static final Pattern RANGES = Pattern
            .compile("[ \\t]*" + RANGE + "(?:[ \\t]*,[ \\t]*" + RANGE + ")*[ \\t]*,?[ \\t]*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String languages = request.getHeader(HEADER);
        chain.doFilter(languages == null || readable(languages) ? request : new WithoutLanguages(request), response);
    }

    static boolean readable(String languages) {
        return languages.length() <= 1024 && RANGES.matcher(languages).matches();
    }

    private static final class WithoutLanguages extends HttpServletRequestWrapper {
        WithoutLanguages(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() { return Locale.getDefault(); }

        @Override
        public Enumeration<Locale> getLocales() { return Collections.enumeration(List.of(getLocale())); }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !HEADER.equalsIgnoreCase(n)).toList());
        }
    }
}
