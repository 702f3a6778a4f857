package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.recruitment.application.PeriodView;

/** A period in API answers; {@code thresholds} only where one period is asked for. */
public record PeriodJson(String code, String name, int year, String type, String registrationOpens,
        String registrationCloses, int objectionDays, String status, ThresholdsJson thresholds) {

    static PeriodJson summary(PeriodView p) {
        return new PeriodJson(p.code(), p.name(), p.year(), p.type().name(), WitTime.iso(p.registrationOpens()),
                WitTime.iso(p.registrationCloses()), p.objectionDays(), p.status().name(), null);
    }

    static PeriodJson full(PeriodView p) {
        PeriodJson s = summary(p);
        return new PeriodJson(s.code, s.name, s.year, s.type, s.registrationOpens, s.registrationCloses,
                s.objectionDays, s.status, ThresholdsJson.of(p.thresholds()));
    }
}
