package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.performance.domain.CurveWarning;
import id.sofifi.asn.performance.domain.Predicate;
import java.util.List;
import java.util.Map;

/**
 * A unit's annual predicates of a year against the curve of the organisation's rating (ASN-RULES §2).
 *
 * @param staff the employees placed in the unit and below it
 * @param counts how many of them have each predicate in their annual assessment (those not yet assessed are absent)
 * @param warnings the bounds broken; empty when the curve holds
 */
public record UnitCurve(String workUnitCode, int year, Predicate organisationRating, int staff,
        Map<Predicate, Long> counts, List<CurveWarning> warnings) implements Serializable {
}
