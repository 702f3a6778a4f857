package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ComplaintTally;

/** One row of the public complaint dashboard: a work unit (with its branch) and its figures. */
public record UnitFigures(String code, String name, ComplaintTally tally) {
}
