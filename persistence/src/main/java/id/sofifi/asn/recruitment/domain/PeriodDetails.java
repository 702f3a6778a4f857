package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;
import java.time.Instant;

/**
 * What staff type to open or revise a selection period. {@link #validate()} checks every field and
 * reports all mistakes at once.
 */
public record PeriodDetails(String code, String name, Integer year, ProcurementType type, Instant registrationOpens,
        Instant registrationCloses, Integer objectionDays) implements StaffDetails {

    /** 3–30 characters, e.g. {@code CPNS-2026}. */
    public static final CodeFormat CODE = new CodeFormat(3, 30);

    public static final int DEFAULT_OBJECTION_DAYS = 3;

    public PeriodDetails {
        code = Codes.normalize(code);
        name = name == null ? null : name.strip();
    }

    @Override
    public void validate(Violations v) {
        v.code(code, "code", CODE).text(name, "name", 3, 200).range(year, "year", 2000, 2100).range(objectionDays,
                "objectionDays", 1, 30);
        v.require(type, "type");
        boolean bothDates = v.require(registrationOpens, "registrationOpens")
                & v.require(registrationCloses, "registrationCloses");
        if (bothDates) {
            v.check(registrationCloses.isAfter(registrationOpens), "registrationCloses", "period.closesBeforeOpens");
        }
    }
}
