package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import java.time.Instant;

/** One line of the verification queue. */
public record ApplicationRow(String registrationNumber, String fullName, String formationCode, String workUnitCode,
        ApplicationStatus status, AdministrationResult proposedResult, String assignedVerifier,
        Instant submittedAt) implements Serializable {
    static ApplicationRow of(Application a) {
        return new ApplicationRow(a.registrationNumber(), a.fullName(), a.formation().code(),
                a.formation().workUnit().code(), a.status(), a.proposedResult().orElse(null), a.assignedVerifier(),
                a.submittedAt());
    }
}
