package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Violations;

/** What staff type to create or revise a formation; the work unit is named by its code. */
public record FormationDetails(String code, String position, String workUnitCode, String education,
        FormationCategory category, Integer quota) implements StaffDetails {

    /** 2–40 characters, e.g. {@code DINKES-DOKTER-01}. */
    public static final CodeFormat CODE = new CodeFormat(2, 40);

    public static final int MAX_QUOTA = 10_000;

    public FormationDetails {
        code = Codes.normalize(code);
        position = position == null ? null : position.strip();
        workUnitCode = Codes.normalize(workUnitCode);
        education = education == null ? null : education.strip();
    }

    @Override
    public void validate(Violations v) {
        v.code(code, "code", CODE).text(position, "position", 3, 200).text(education, "education", 2, 200).range(quota,
                "quota", 1, MAX_QUOTA);
        v.require(workUnitCode, "workUnit");
        v.require(category, "category");
    }
}
