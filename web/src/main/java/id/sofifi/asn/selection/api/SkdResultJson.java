package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.application.SkdResultView;
import jakarta.json.bind.annotation.JsonbNillable;

/** API-CONTRACT {@code skd-results} item; an absent value is written as null, as the contract shows. */
@JsonbNillable
public record SkdResultJson(String registrationNumber, String formationCode, Integer twk, Integer tiu, Integer tkp,
        Integer total, Integer rank, String code) {
    static SkdResultJson of(SkdResultView v) {
        return new SkdResultJson(v.registrationNumber(), v.formationCode(), v.twk(), v.tiu(), v.tkp(), v.total(),
                v.rank(), v.code());
    }
}
