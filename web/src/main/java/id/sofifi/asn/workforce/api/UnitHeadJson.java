package id.sofifi.asn.workforce.api;

import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.workforce.application.UnitHeadView;

/**
 * The head of a work unit (kepala unit kerja) on the API: {@code {"workUnit","nip","name","position","since"}}; a
 * request body names only {@code nip}.
 */
public record UnitHeadJson(String workUnit, String nip, String name, String position, String since) {
    static UnitHeadJson of(UnitHeadView h) {
        return new UnitHeadJson(h.workUnitCode(), h.nip(), h.name(), h.position(), WitTime.iso(h.appointedAt()));
    }
}
