package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.recruitment.domain.WorkUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the public complaint dashboard under a scope: for the province (no scope) each OPD, for a unit each
 * unit directly below it, every row counting the cases of its whole branch. A case filed at the scope unit itself
 * counts in the scope's total only.
 */
public final class DashboardRows {
    private final List<WorkUnit> rows;
    private final Map<String, WorkUnit> rowByCode = new HashMap<>();

    /**
     * @param tree every work unit, each parent before its children (the organisation chart order)
     * @param scope the unit chosen, or null for the whole province
     */
    public DashboardRows(List<WorkUnit> tree, WorkUnit scope) {
        this.rows = tree.stream().filter(u -> u.parent().orElse(null) == scope).toList();
        for (WorkUnit unit : tree) {
            rowOf(unit, scope).ifPresent(row -> rowByCode.put(unit.code(), row));
        }
    }

    private static Optional<WorkUnit> rowOf(WorkUnit unit, WorkUnit scope) {
        for (WorkUnit row = unit; row != null; row = row.parent().orElse(null)) {
            if (row.parent().orElse(null) == scope) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The row units in the organisation chart's order. */
    public List<WorkUnit> rows() {
        return rows;
    }

    /** The row whose branch holds the unit {@code code}; empty for the scope itself or a unit outside it. */
    public Optional<WorkUnit> rowOf(String code) {
        return Optional.ofNullable(rowByCode.get(code));
    }
}
