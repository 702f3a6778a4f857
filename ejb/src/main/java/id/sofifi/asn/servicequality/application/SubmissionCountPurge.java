package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.SubmissionCounter;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Every hour, forgets the submission counts of hours before the current one, so the table holds one hour of
 * address digests, not a history of who answered when; for the same reason forgets the sources of responses older
 * than a day (the burst check looks back an hour). On several servers each one runs it; doing it twice is harmless.
 */
@Singleton
public class SubmissionCountPurge {
    @Inject
    SubmissionCounter counter;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        counter.forgetBefore(clock.instant().truncatedTo(ChronoUnit.HOURS));
        responses.forgetSourcesBefore(clock.instant().minus(1, ChronoUnit.DAYS));
    }
}
