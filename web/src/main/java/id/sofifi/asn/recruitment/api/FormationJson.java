package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.recruitment.application.FormationView;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.FormationDetails;

/** A formation as the API reads and answers it; {@code workUnit} is the work unit's code. */
public record FormationJson(String code, String position, String workUnit, String education, String category,
        Integer quota) {

    static FormationJson of(FormationView f) {
        return new FormationJson(f.code(), f.position(), f.workUnitCode(), f.education(), f.category().name(),
                f.quota());
    }

    FormationDetails toDetails() {
        Violations v = new Violations();
        FormationCategory parsed = EnumFields.parse(FormationCategory.class, category, "category", v);
        FormationDetails details = new FormationDetails(code, position, workUnit, education, parsed, quota);
        details.validate(v);
        v.throwIfAny();
        return details;
    }
}
