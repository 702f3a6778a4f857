package id.sofifi.asn.workforce.application;

import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.domain.UnitHead;
import id.sofifi.asn.workforce.domain.UnitHeadRepository;
import id.sofifi.asn.workforce.domain.UnitHeads;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The organisation chart as it stands: recruitment's tree of units with workforce's heads, read in two queries
 * (a province has a few hundred units) for one use case call.
 */
@Dependent
class UnitHeadChart {
    @Inject
    WorkUnitRepository units;

    @Inject
    UnitHeadRepository heads;

    PlacementUnits units() {
        return new PlacementUnits(units.tree());
    }

    UnitHeads heads(PlacementUnits tree) {
        Map<Long, String> byUnit = new HashMap<>();
        for (UnitHead head : heads.all()) {
            byUnit.put(head.workUnitId(), head.nip().value());
        }
        return new UnitHeads(tree.parents(), byUnit);
    }

    UnitHeads heads() {
        return heads(units());
    }
}
