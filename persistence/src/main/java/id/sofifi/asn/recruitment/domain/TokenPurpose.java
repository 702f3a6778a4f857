package id.sofifi.asn.recruitment.domain;

import java.time.Duration;

/** Why a link was mailed to an applicant, and how long it stays usable. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofDays(3)), RESET_PASSWORD(Duration.ofHours(2));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
