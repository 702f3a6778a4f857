package id.sofifi.asn.servicequality.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.time.Duration;

/**
 * The cookie that makes a tablet a paired kiosk: its device token, HTTP only (no script reads it), for a year or
 * until staff revoke the pairing, sent only to this application.
 */
public final class KioskCookie {
    public static final String NAME = "asn_kiosk";
    private static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private KioskCookie() {
    }

    public static Cookie of(HttpServletRequest request, String token) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(MAX_AGE);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The token the request carries, or null. */
    public static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst()
                        .orElse(null);
    }
}
