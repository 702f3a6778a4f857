package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.application.FinalResultView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** API-CONTRACT {@code final-results} item; scores are exact decimals written as strings so no client loses digits. */
@JsonbNillable
public record FinalResultJson(String registrationNumber, String formationCode, String skd100, String skb100,
        String finalScore, Integer rank, String code, String placedFormationCode) {
    static FinalResultJson of(FinalResultView v) {
        return new FinalResultJson(v.registrationNumber(), v.formationCode(), exact(v.skd100()), exact(v.skb100()),
                exact(v.finalScore()), v.rank(), v.code(), v.placedFormationCode());
    }

    private static String exact(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
