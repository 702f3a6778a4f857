package id.sofifi.asn.selection.api;

import id.sofifi.asn.recruitment.domain.SkbWeights;
import java.math.BigDecimal;

/** SKB weights of a formation: {@code {"cat": 0.6, "extra": 0.4}}; extra 0 or absent means CAT only. */
public record SkbWeightsJson(BigDecimal cat, BigDecimal extra) {
    static SkbWeightsJson of(SkbWeights weights) {
        return new SkbWeightsJson(weights.cat().stripTrailingZeros(), weights.extra().stripTrailingZeros());
    }
}
