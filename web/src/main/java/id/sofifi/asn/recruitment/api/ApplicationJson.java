package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.recruitment.application.ApplicationView;
import java.util.List;

/** An application as API-CONTRACT "GET /applications/{registrationNumber}" shows it; NIK masked. */
public record ApplicationJson(String registrationNumber, String period, String formation, String status, String nik,
        String fullName, List<Step> timeline) {

    /** One step of the timeline. */
    public record Step(String at, String status, String note) {
    }

    static ApplicationJson of(ApplicationView a) {
        return new ApplicationJson(a.registrationNumber(), a.periodCode(), a.formationCode(), a.status().name(),
                a.maskedNik(), a.fullName(),
                a.timeline().stream().map(t -> new Step(WitTime.iso(t.at()), t.step(), t.note())).toList());
    }
}
