package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.recruitment.application.WorkUnitView;

/** A work unit as API-CONTRACT "Organisation" shows it; {@code parentCode} null for an OPD. */
public record WorkUnitJson(String code, String name, String parentCode) {
    static WorkUnitJson of(WorkUnitView unit) {
        return new WorkUnitJson(unit.code(), unit.name(), unit.parentCode());
    }
}
