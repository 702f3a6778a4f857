package id.sofifi.asn.workforce.application;

import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.workforce.domain.UnitHeads;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recruitment's organisation tree as workforce reads it, taken once per use case call: an employee is placed in a
 * unit by its id; lists show the unit's code and name, and a filter by an OPD includes its bidang and UPT.
 */
final class PlacementUnits {
    private final Map<Long, WorkUnit> byId = new HashMap<>();

    PlacementUnits(List<WorkUnit> tree) {
        tree.forEach(u -> byId.put(u.id(), u));
    }

    Optional<WorkUnit> find(Long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit a code names, if any. */
    Optional<WorkUnit> find(String code) {
        return byId.values().stream().filter(u -> u.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** Each unit's parent by id (null for an OPD): the tree as {@link UnitHeads} reads it. */
    Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        byId.values().forEach(u -> parents.put(u.id(), u.parent().map(WorkUnit::id).orElse(null)));
        return parents;
    }

    /** The units a filter by {@code code} selects: the unit and those below it; null (any unit) when it is blank. */
    Set<Long> selected(String code) {
        return code == null || code.isBlank() ? null : withDescendants(code);
    }

    /** The ids of the unit {@code code} names and of every unit below it; empty when no unit has that code. */
    Set<Long> withDescendants(String code) {
        Set<Long> ids = new HashSet<>();
        for (WorkUnit unit : byId.values()) {
            for (WorkUnit above = unit; above != null; above = above.parent().orElse(null)) {
                if (above.code().equalsIgnoreCase(code.strip())) {
                    ids.add(unit.id());
                    break;
                }
            }
        }
        return ids;
    }
}
