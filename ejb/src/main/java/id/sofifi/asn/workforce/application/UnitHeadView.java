package id.sofifi.asn.workforce.application;

import java.io.Serializable;
import java.time.Instant;

/** The head of a work unit as screens and the API show them: the unit, the employee, since when. Never the NIK. */
public record UnitHeadView(String workUnitCode, String workUnitName, String nip, String name, String position,
        Instant appointedAt) implements Serializable {
}
