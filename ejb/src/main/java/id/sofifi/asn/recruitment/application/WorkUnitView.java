package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.recruitment.domain.WorkUnit;

/** A work unit (OPD) as screens and the API show it. */
public record WorkUnitView(String code, String name, long version) {
    static WorkUnitView of(WorkUnit w) {
        return new WorkUnitView(w.code(), w.name(), w.version());
    }
}
