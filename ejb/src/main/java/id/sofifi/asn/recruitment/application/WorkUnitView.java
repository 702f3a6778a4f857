package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.recruitment.domain.WorkUnit;
import java.io.Serializable;

/**
 * A work unit as screens and the API show it: its parent's code (null for an OPD) and its depth in the
 * organisation tree (0 for an OPD), for indenting a list in tree order.
 */
public record WorkUnitView(String code, String name, String parentCode, int depth,
        long version) implements Serializable {
    static WorkUnitView of(WorkUnit w) {
        return new WorkUnitView(w.code(), w.name(), w.parent().map(WorkUnit::code).orElse(null), w.depth(),
                w.version());
    }
}
