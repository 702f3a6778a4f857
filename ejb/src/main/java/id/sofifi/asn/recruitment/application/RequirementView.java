package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;

/** A document the period requires. */
public record RequirementView(String code, String name) implements Serializable {
    static RequirementView of(DocumentRequirement r) {
        return new RequirementView(r.code(), r.name());
    }
}
