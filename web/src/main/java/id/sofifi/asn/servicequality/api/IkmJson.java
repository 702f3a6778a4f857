package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.servicequality.application.IkmView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The index of a unit as the contract gives it, decimals as strings; an element nobody answered is a null NRR and
 * leaves {@code ikm}, {@code converted}, {@code grade} and {@code performance} null (ASN-RULES §3: undefined).
 */
@JsonbNillable
@JsonbPropertyOrder({"respondents", "nrr", "ikm", "converted", "grade", "performance", "minimumSample",
        "sampleSufficient"})
public record IkmJson(long respondents, List<String> nrr, String ikm, String converted, String grade,
        String performance, int minimumSample, boolean sampleSufficient) {
    static IkmJson of(IkmView view) {
        List<String> nrr = Collections
                .unmodifiableList(Arrays.asList(view.nrr().stream().map(IkmJson::text).toArray(String[]::new)));
        return new IkmJson(view.respondents(), nrr, text(view.ikm()), text(view.converted()),
                view.grade() == null ? null : view.grade().name(),
                view.grade() == null ? null : view.grade().performance(), view.minimumSample(),
                view.sampleSufficient());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
