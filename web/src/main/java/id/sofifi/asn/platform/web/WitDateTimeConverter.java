package id.sofifi.asn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date-time fields of staff forms: {@code dd/MM/yyyy HH:mm}, a WIT wall-clock time. A value that does
 * not parse is refused with a message in the screen's language naming the expected form.
 */
@FacesConverter("witDateTime")
public class WitDateTimeConverter implements Converter<LocalDateTime> {
    public static final String PATTERN = "dd/MM/yyyy HH:mm";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            String label = String.valueOf(component.getAttributes().getOrDefault("label", component.getId()));
            String text = label + ": "
                    + Texts.text(context.getViewRoot().getLocale(), "validation.dateTimeForm", PATTERN);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
