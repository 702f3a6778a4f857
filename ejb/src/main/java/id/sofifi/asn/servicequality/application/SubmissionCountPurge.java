package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.SubmissionCounter;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Every hour, forgets the submission counts of hours before the current one, so the table holds one hour of
 * address digests, not a history of who answered when. On several servers each one runs it; deleting twice is
 * harmless.
 */
@Singleton
public class SubmissionCountPurge {
    @Inject
    SubmissionCounter counter;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        counter.forgetBefore(clock.instant().truncatedTo(ChronoUnit.HOURS));
    }
}
