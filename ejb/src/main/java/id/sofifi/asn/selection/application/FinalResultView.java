package id.sofifi.asn.selection.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** One final result as API-CONTRACT {@code final-results} lists it: exact scores, rank, code and placement. */
public record FinalResultView(String registrationNumber, String formationCode, BigDecimal skd100, BigDecimal skb100,
        BigDecimal finalScore, Integer rank, String code, String placedFormationCode) implements Serializable {
}
