package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import java.time.Instant;

/** What anyone holding a registration card may check: that the registration exists, and its details. */
public record PublicRegistration(String registrationNumber, String fullName, String periodName, String formationCode,
        String position, String workUnitName, Instant submittedAt, ApplicationStatus status) {
    static PublicRegistration of(Application a) {
        return new PublicRegistration(a.registrationNumber(), a.fullName(), a.period().name(), a.formation().code(),
                a.formation().position(), a.formation().workUnit().name(), a.submittedAt(), a.status());
    }
}
