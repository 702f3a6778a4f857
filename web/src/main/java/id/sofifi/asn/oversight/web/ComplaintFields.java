package id.sofifi.asn.oversight.web;

import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shows a refusal on the complaint screens with the labels of the report form: the shared field labels
 * ({@code field.title}: "Judul pelatihan") belong to other forms.
 */
final class ComplaintFields {
    private static final List<String> FIELDS = List.of("kind", "privacy", "title", "body", "workUnitCode",
            "serviceUnitCode", "reporter.name", "reporter.email", "reporter.phone", "secret", "text", "reason",
            "answer", "attachment", "attachment1", "attachment2", "attachment3");

    private ComplaintFields() {
    }

    static void refused(DomainException e) {
        Locale locale = CDI.current().select(LocaleView.class).get().getLocale();
        Map<String, String> labels = FIELDS.stream()
                .collect(Collectors.toMap(Function.identity(), f -> Texts.text(locale, "lapor.field." + f)));
        FacesMessages.refused(e, labels);
    }
}
