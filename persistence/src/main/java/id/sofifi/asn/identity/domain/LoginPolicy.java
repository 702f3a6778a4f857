package id.sofifi.asn.identity.domain;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LoginPolicy(int maxFailedAttempts, Duration lockDuration) {
    /** The policy the issue asks for: 5 failed attempts lock the account for 15 minutes. */
    public static final LoginPolicy STANDARD = new LoginPolicy(5, Duration.ofMinutes(15));
}
