package id.sofifi.asn.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language of the screens for this visitor: Bahasa Indonesia unless they switched to English. The
 * choice lives in a cookie, not in the HTTP session, so that reading a public page (announcement day:
 * many visitors, one request each) never creates a session on the server.
 */
@Named
@RequestScoped
public class LocaleView {
    /** The cookie {@link LanguageSwitch} sets. */
    static final String COOKIE = "lang";

    @Inject
    HttpServletRequest request;

    private Locale locale = Texts.INDONESIAN;

    @PostConstruct
    void read() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .ifPresent(c -> use(Locale.forLanguageTag(c.getValue())));
        }
    }

    public Locale getLocale() { return locale; }

    public String getLanguage() { return locale.getLanguage(); }

    /** Only Indonesian and English are offered; anything else means Indonesian. */
    public void use(Locale requested) {
        locale = Texts.supported(requested);
    }

    /** The other language, offered by the switch in both templates. */
    public String getOtherLanguage() {
        return Texts.INDONESIAN.equals(locale) ? "en" : "id";
    }
}
