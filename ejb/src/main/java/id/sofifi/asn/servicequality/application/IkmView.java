package id.sofifi.asn.servicequality.application;

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
 * respondents reach the minimum sample of the unit's N.
 */
public record IkmView(ServiceUnitView unit, LocalDate from, LocalDate to, long respondents, List<BigDecimal> nrr,
        BigDecimal ikm, BigDecimal converted, IkmGrade grade, int minimumSample) {

    static IkmView of(ServiceUnitView unit, LocalDate from, LocalDate to, IkmIndex index) {
        List<BigDecimal> nrr = Collections.unmodifiableList(Arrays.asList(
                Arrays.stream(SurveyElement.values()).map(e -> index.nrr(e).orElse(null)).toArray(BigDecimal[]::new)));
        return new IkmView(unit, from, to, index.respondents(), nrr, index.ikm().orElse(null),
                index.converted().orElse(null), index.grade().orElse(null), unit.minimumSample());
    }

    public boolean defined() {
        return ikm != null;
    }

    public boolean sampleSufficient() {
        return respondents >= minimumSample;
    }
}
