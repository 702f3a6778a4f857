package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.PartnerKind;
import id.sofifi.asn.development.domain.TrainingPartner;

/** A training partner as screens and the API show it. */
public record PartnerView(String code, String name, PartnerKind kind) implements Serializable {
    static PartnerView of(TrainingPartner p) {
        return new PartnerView(p.code(), p.name(), p.kind());
    }
}
