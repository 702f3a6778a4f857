package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Sex;
import java.time.LocalDate;

/** Who applied, as recorded on the application at submission (the account may change later). */
public record ApplicantIdentity(Nik nik, String fullName, LocalDate birthDate, Sex sex, String email) {
    public static ApplicantIdentity of(Applicant applicant) {
        return new ApplicantIdentity(applicant.nik(), applicant.fullName(), applicant.birthDate(), applicant.sex(),
                applicant.email());
    }
}
