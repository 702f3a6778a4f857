package id.sofifi.asn.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Any page takes {@code ?lang=id} or {@code ?lang=en}: a plain link switches the language, so the
 * public portal needs no script for it.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final int YEAR_IN_SECONDS = 365 * 24 * 3600;

    @Inject
    LocaleView locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null) {
            locale.use(Locale.forLanguageTag(lang));
            Cookie remembered = new Cookie(LocaleView.COOKIE, locale.getLanguage());
            remembered.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            remembered.setMaxAge(YEAR_IN_SECONDS);
            remembered.setHttpOnly(true);
            remembered.setSecure(request.isSecure());
            remembered.setAttribute("SameSite", "Lax");
            response.addCookie(remembered);
        }
        chain.doFilter(request, response);
    }
}
