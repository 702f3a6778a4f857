package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.SubmissionCounter;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The limit on responses from one phone: at most {@code ASN_SURVEY_LIMIT_PER_HOUR} (default 5) per service unit,
 * client address and clock hour, so that one device cannot vote again and again, while a family behind one address
 * can still answer. Counted in the database, so it holds across servers.
 */
@Dependent
public class SubmissionLimit {
    static final int DEFAULT_PER_HOUR = 5;

    @Inject
    SubmissionCounter counter;

    /** Counts this submission; refused when it is one more than the hour allows (the count then rolls back). */
    public void count(ServiceUnit unit, SurveySource phone, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        int perHour = perHour();
        if (counter.increment(unit, phone.hash(), hour) > perHour) {
            throw new SubmissionLimitReached(perHour,
                    Duration.between(now, hour.plus(1, ChronoUnit.HOURS)).toSeconds() + 1);
        }
    }

    static int perHour() {
        String configured = System.getProperty("asn.survey.limitPerHour", System.getenv("ASN_SURVEY_LIMIT_PER_HOUR"));
        return configured == null || configured.isBlank() ? DEFAULT_PER_HOUR : Integer.parseInt(configured.strip());
    }
}
