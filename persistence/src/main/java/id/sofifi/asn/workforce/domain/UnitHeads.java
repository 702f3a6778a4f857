package id.sofifi.asn.workforce.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who heads whom, read against the organisation tree (units by id, each with its parent; none for an OPD).
 *
 * <p>An employee's head (atasan) is the head of their own unit; when that unit has none, the head of the nearest
 * unit above it that has one. Someone who heads a unit answers to the head of a unit above the one they head, not
 * of the unit they are placed in, and nobody is ever their own head. A head oversees (sees the records of) the
 * employees placed in the unit they head and in every unit below it.
 */
public final class UnitHeads {
    private final Map<Long, Long> parentByUnit;
    private final Map<Long, String> headByUnit;
    private final Map<String, Long> unitByHead = new HashMap<>();

    /**
     * @param parentByUnit each unit's parent by id (an OPD absent or mapped to null)
     * @param headByUnit the NIP of each headed unit's head
     */
    public UnitHeads(Map<Long, Long> parentByUnit, Map<Long, String> headByUnit) {
        this.parentByUnit = Map.copyOf(withoutNulls(parentByUnit));
        this.headByUnit = Map.copyOf(headByUnit);
        headByUnit.forEach((unit, nip) -> unitByHead.put(nip, unit));
    }

    private static Map<Long, Long> withoutNulls(Map<Long, Long> parents) {
        Map<Long, Long> copy = new HashMap<>();
        parents.forEach((unit, parent) -> {
            if (parent != null) {
                copy.put(unit, parent);
            }
        });
        return copy;
    }

    /** The unit {@code nip} heads, if any. */
    public Optional<Long> unitHeadedBy(String nip) {
        return Optional.ofNullable(unitByHead.get(nip));
    }

    /** The head of the employee {@code nip} placed in {@code unitId}; none when no unit on the way up has another. */
    public Optional<String> headOf(String nip, Long unitId) {
        Long headed = unitByHead.get(nip);
        Long start = headed == null ? unitId : parentByUnit.get(headed);
        for (Long unit : upwardsFrom(start)) {
            String head = headByUnit.get(unit);
            if (head != null && !head.equals(nip)) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code headNip} heads {@code unitId} or a unit above it: then they see who is placed there. */
    public boolean oversees(String headNip, Long unitId) {
        Long headed = unitByHead.get(headNip);
        return headed != null && upwardsFrom(unitId).contains(headed);
    }

    /** {@code unitId} and the units above it, nearest first; a broken tree (a cycle) stops where it repeats. */
    private Set<Long> upwardsFrom(Long unitId) {
        Set<Long> path = new LinkedHashSet<>();
        Long unit = unitId;
        while (unit != null && path.add(unit)) {
            unit = parentByUnit.get(unit);
        }
        return path;
    }
}
