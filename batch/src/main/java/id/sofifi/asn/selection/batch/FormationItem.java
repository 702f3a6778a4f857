package id.sofifi.asn.selection.batch;

import java.util.List;

/** One unit of ranking work: a formation with its candidates. */
record FormationItem<C>(RankedFormation formation, List<C> candidates) {
}
