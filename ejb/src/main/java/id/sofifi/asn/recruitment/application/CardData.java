package id.sofifi.asn.recruitment.application;

import java.time.Instant;

/** What the registration card of one applicant shows; {@code photo} is JPEG or PNG, or null when none was uploaded. */
public record CardData(
        String registrationNumber,
        String fullName,
        String periodName,
        String formationCode,
        String position,
        String workUnitName,
        String education,
        Instant submittedAt,
        byte[] photo,
        String verificationUrl) {}
