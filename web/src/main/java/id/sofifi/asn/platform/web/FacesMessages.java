package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/** Shows the outcome of a use case on the current screen, in the screen's language. */
public final class FacesMessages {
    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, Texts.text(locale(), key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, Texts.text(locale(), key, args));
    }

    /** One message per invalid field ("Kuota: harus antara 1 dan 10000"), or the refusal itself. */
    public static void refused(DomainException e) {
        refused(e, Map.of());
    }

    /** As {@link #refused(DomainException)}, naming fields the bundle does not know by the given labels. */
    public static void refused(DomainException e, Map<String, String> labels) {
        Locale locale = locale();
        if (e instanceof ValidationFailure failure) {
            for (Violation v : failure.violations()) {
                String label = labels.getOrDefault(v.field(), Texts.fieldLabel(locale, v.field()));
                add(FacesMessage.SEVERITY_ERROR, label + ": " + Texts.of(locale, v));
            }
        } else {
            add(FacesMessage.SEVERITY_ERROR, Texts.of(locale, e));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void denied() {
        error("error.forbidden");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The visitor's language; the view root's is not yet set when a view action runs before rendering. */
    private static Locale locale() {
        return CDI.current().select(LocaleView.class).get().getLocale();
    }
}
