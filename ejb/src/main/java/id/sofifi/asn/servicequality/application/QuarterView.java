package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.IkmGrade;
import id.sofifi.asn.servicequality.domain.IkmIndex;
import java.math.BigDecimal;

/** The index of one quarter of a year (triwulan 1–4): respondents, converted value and grade (null if undefined). */
public record QuarterView(int quarter, long respondents, BigDecimal converted, IkmGrade grade) {
    static QuarterView of(int quarter, IkmIndex index) {
        return new QuarterView(quarter, index.respondents(), index.converted().orElse(null),
                index.grade().orElse(null));
    }
}
