package id.sofifi.asn.selection.batch;

import java.util.List;

/** The outcomes of one ranked formation, ready to be written. */
record FormationResults<O>(RankedFormation formation, List<O> outcomes) {
}
