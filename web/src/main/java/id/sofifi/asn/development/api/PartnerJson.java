package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.PartnerView;
import id.sofifi.asn.development.domain.PartnerKind;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;

/** A training partner as the API reads and answers it. */
public record PartnerJson(String code, String name, String kind) {
    static PartnerJson of(PartnerView p) {
        return new PartnerJson(p.code(), p.name(), p.kind().name());
    }

    PartnerKind parsedKind() {
        Violations v = new Violations();
        PartnerKind parsed = EnumFields.parse(PartnerKind.class, kind, "kind", v);
        v.throwIfAny();
        return parsed;
    }
}
