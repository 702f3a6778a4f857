package id.sofifi.asn.selection.batch;

import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.SkbWeights;

/** A formation as the ranking jobs see it: what decides its ranking and what groups it for optimisation. */
record RankedFormation(long id, String code, String workUnitCode, String position, String education,
        FormationCategory category, int quota, SkbWeights weights) {
}
