package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.kernel.DomainException;

/** One address sent the unit its allowed responses this hour; the API answers 429 with the seconds to wait. */
public class SubmissionLimitReached extends DomainException {
    private final long retryAfterSeconds;

    public SubmissionLimitReached(int perHour, long retryAfterSeconds) {
        super("survey.limitReached", perHour);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
