package id.sofifi.asn.performance.web;

import id.sofifi.asn.performance.domain.CurveWarning;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.platform.web.LocaleView;
import id.sofifi.asn.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * A curve warning (ASN-RULES §2) as a sentence in the person's language, the predicates in it by their labels
 * ("Butuh Perbaikan", not {@code BUTUH_PERBAIKAN}).
 */
@Named
@RequestScoped
public class CurveTexts {
    @Inject
    LocaleView locale;

    public String of(CurveWarning warning) {
        Object[] args = warning.args().stream().map(a -> a instanceof String s ? labelled(s) : a).toArray();
        return Texts.text(locale.getLocale(), warning.messageKey(), args);
    }

    /** The label of a predicate; the names in a list ({@code "BUTUH_PERBAIKAN, KURANG"}) each by theirs. */
    public String predicate(Predicate predicate) {
        return Texts.text(locale.getLocale(), "performance.predicate." + predicate.name());
    }

    private String labelled(String names) {
        return String.join(", ",
                Arrays.stream(names.split(",\\s*"))
                        .map(n -> Arrays.stream(Predicate.values()).anyMatch(p -> p.name().equals(n))
                                ? predicate(Predicate.valueOf(n))
                                : n)
                        .toList());
    }
}
