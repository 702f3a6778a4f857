package id.sofifi.asn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/** What servlets and screens read from a request alike. */
public final class Requests {
    private Requests() {
    }

    /** This server's address with the application's context path, for links printed on documents (QR codes). */
    public static String base(HttpServletRequest request) {
        return request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath());
    }

    /** The whole-number parameter; empty when it is missing or not a number (the servlets answer 404). */
    public static OptionalLong number(HttpServletRequest request, String name) {
        try {
            return OptionalLong.of(Long.parseLong(String.valueOf(request.getParameter(name)).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A typed password as the use cases take it; nothing typed is an empty password, refused by the rule. */
    public static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
