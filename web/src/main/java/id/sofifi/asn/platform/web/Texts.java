package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place where message keys become sentences, for screens and the API alike. Indonesian is
 * the default; English is the second bundle.
 */
public final class Texts {
    public static final String BUNDLE = "id.sofifi.asn.platform.web.Messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String of(Locale locale, DomainException e) {
        return text(locale, e.messageKey(), e.args().toArray());
    }

    public static String of(Locale locale, Violation v) {
        return text(locale, v.messageKey(), v.args().toArray());
    }

    /** The label of a field as the person filling the form knows it ({@code field.quota} → "Kuota"). */
    public static String fieldLabel(Locale locale, String field) {
        String label = text(locale, "field." + field);
        return label.startsWith("field.") ? field : label;
    }

    /** Indonesian unless English was asked for. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }
}
