package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;

/**
 * What staff type for a new training; {@link #validate} names every bad field (the JP already read by
 * {@link Jp#parse}, so its own faults are in the same {@link Violations}).
 */
public record TrainingDetails(String code, String title, String partnerCode, Competence competence, TrainingForm form,
        boolean latsar, LocalDate startsOn, LocalDate endsOn, Jp jp, Integer capacity) {
    /** 2–30 characters, e.g. {@code LATSAR-2026-I}. */
    public static final CodeFormat CODE = new CodeFormat(2, 30);
    static final int MAX_CAPACITY = 10_000;

    public TrainingDetails {
        code = Codes.normalize(code);
        partnerCode = Codes.normalize(partnerCode);
        title = title == null ? null : title.strip();
    }

    public void validate(Violations v) {
        v.code(code, "code", CODE).text(title, "title", 3, 200);
        v.require(partnerCode, "partnerCode");
        v.require(competence, "competence");
        v.require(form, "form");
        v.require(startsOn, "startsOn");
        if (v.require(endsOn, "endsOn") && startsOn != null) {
            v.check(!endsOn.isBefore(startsOn), "endsOn", "training.endsBeforeStart");
        }
        v.require(jp, "jp");
        v.range(capacity, "capacity", 1, MAX_CAPACITY);
    }
}
