package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a person types to open a portal account; checked all at once so the form names every mistake. */
public record ApplicantDetails(String nik, String fullName, LocalDate birthDate, Sex sex, String email, String phone) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");
    private static final int MIN_AGE = 17;

    /** Validates into {@code violations}; returns the NIK when it is valid. */
    public Optional<Nik> validate(Violations violations, LocalDate today) {
        violations.text(fullName, "fullName", 2, 200);
        if (violations.require(birthDate, "birthDate")) {
            violations.check(!birthDate.isAfter(today.minusYears(MIN_AGE)), "birthDate", "applicant.tooYoung", MIN_AGE);
        }
        violations.require(sex, "sex");
        if (violations.require(email, "email")) {
            violations.check(EmailAddress.valid(email), "email", "applicant.email");
        }
        if (violations.require(phone, "phone")) {
            violations.check(PHONE.matcher(phone.strip().replace(" ", "").replace("-", "")).matches(), "phone",
                    "applicant.phone");
        }
        return Nik.check(nik, birthDate, sex, "nik", violations);
    }

    /** The phone number as stored: digits and a leading plus only. */
    public ApplicantDetails normalized() {
        return new ApplicantDetails(nik == null ? null : nik.strip(), fullName, birthDate, sex, email,
                phone == null ? null : phone.strip().replace(" ", "").replace("-", ""));
    }
}
