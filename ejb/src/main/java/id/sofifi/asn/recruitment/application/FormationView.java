package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationCategory;

/** A formation as screens and the API show it. */
public record FormationView(String periodCode, String code, String position, String workUnitCode, String workUnitName,
        String education, FormationCategory category, int quota, long version) implements Serializable {

    static FormationView of(Formation f) {
        return new FormationView(f.period().code(), f.code(), f.position(), f.workUnit().code(), f.workUnit().name(),
                f.education(), f.category(), f.quota(), f.version());
    }
}
