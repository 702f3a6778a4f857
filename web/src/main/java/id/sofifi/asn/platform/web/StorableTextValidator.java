package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.persistence.StorableText;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Locale;

/**
 * A default validator of every input on every screen and page parameter: a text holding a character that may not
 * be stored (NUL, which PostgreSQL refuses and would turn the page into an error page, other control characters,
 * a lone surrogate) is refused on the field, in the visitor's language. Line breaks and tabs stay allowed, for
 * text areas.
 */
@FacesValidator(value = "asn.storableText", isDefault = true)
public class StorableTextValidator implements Validator<Object> {
    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && StorableText.firstForbidden(text, true) >= 0) {
            Locale locale = CDI.current().select(LocaleView.class).get().getLocale();
            Object label = component.getAttributes().get("label");
            String reason = Texts.text(locale, "validation.controlCharacter");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? reason : label + ": " + reason, null));
        }
    }
}
