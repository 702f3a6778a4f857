package id.sofifi.asn.servicequality.application;

import java.io.Serializable;
import id.sofifi.asn.servicequality.domain.IkmGrade;
import id.sofifi.asn.servicequality.domain.IkmIndex;
import id.sofifi.asn.servicequality.domain.SurveyElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The index of a service unit over [from, to] as the results page and the API show it (ASN-RULES §3): NRR per
 * element (null where nobody answered), IKM, converted value and grade (null when undefined), and whether the
 * respondents reach the minimum sample of the unit's N; {@code excluded} counts the responses the BKD left out,
 * which are in none of the other figures.
 */
public record IkmView(ServiceUnitView unit, LocalDate from, LocalDate to, long respondents, List<BigDecimal> nrr,
        BigDecimal ikm, BigDecimal converted, IkmGrade grade, int minimumSample,
        long excluded) implements Serializable {

    static IkmView of(ServiceUnitView unit, LocalDate from, LocalDate to, IkmIndex index, long excluded) {
        List<BigDecimal> nrr = Collections.unmodifiableList(Arrays.asList(
                Arrays.stream(SurveyElement.values()).map(e -> index.nrr(e).orElse(null)).toArray(BigDecimal[]::new)));
        return new IkmView(unit, from, to, index.respondents(), nrr, index.ikm().orElse(null),
                index.converted().orElse(null), index.grade().orElse(null), unit.minimumSample(), excluded);
    }

    public boolean defined() {
        return ikm != null;
    }

    public boolean sampleSufficient() {
        return respondents >= minimumSample;
    }
}
