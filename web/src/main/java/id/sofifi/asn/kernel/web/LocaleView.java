package id.sofifi.asn.kernel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the screens for this visitor: Bahasa Indonesia unless they switch to English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale = Texts.INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Only Indonesian and English are offered; anything else means Indonesian. */
    public void use(Locale requested) {
        locale = Texts.supported(requested);
    }

    /** The other language, offered by the switch in both templates. */
    public String getOtherLanguage() {
        return Texts.INDONESIAN.equals(locale) ? "en" : "id";
    }
}
