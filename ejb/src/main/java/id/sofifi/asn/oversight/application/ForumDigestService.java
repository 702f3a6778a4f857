package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.oversight.domain.ForumDigest;
import id.sofifi.asn.oversight.domain.ForumRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Sends the forum's daily digests ({@link ForumDigest}) of one WIT day: one mail per account with news in its
 * followed topics, none to an account without news, and never twice for the same account and day (the key of
 * forum_digest_sent, so several servers may run it). Run by {@link ForumDigestSchedule} for the day before.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ForumDigestService {
    @Inject
    ForumRepository forum;

    @Inject
    OutboxService outbox;

    @Inject
    Clock clock;

    /** Sends the digests of {@code day}; answers how many mails went out. */
    public int sendFor(LocalDate day) {
        Instant from = day.atStartOfDay(Wit.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Wit.ZONE).toInstant();
        int sent = 0;
        for (Map.Entry<String, List<ForumDigest.Line>> news : forum.digestNews(from, to).entrySet()) {
            if (forum.markDigestSent(news.getKey(), day, clock.instant())) {
                ForumDigest digest = new ForumDigest(news.getKey(), day, news.getValue());
                outbox.queue(news.getKey(), digest.subject(), digest.body());
                sent++;
            }
        }
        return sent;
    }

    /** The digests of yesterday in WIT: what the daily schedule sends. */
    public int sendYesterday() {
        return sendFor(LocalDate.now(clock.withZone(Wit.ZONE)).minusDays(1));
    }
}
