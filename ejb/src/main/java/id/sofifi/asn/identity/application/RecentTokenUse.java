package id.sofifi.asn.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When this server last wrote each token's {@code last_used_at}, so that a busy token causes one write a minute
 * instead of one per call. Each server remembers its own; the write itself skips a token another server just wrote.
 */
@ApplicationScoped
public class RecentTokenUse {
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    /** Whether the use at {@code now} is to be written; if so, it counts as written from now on. */
    boolean due(long tokenId, Instant now) {
        boolean[] due = {false};
        written.compute(tokenId, (id, last) -> {
            due[0] = last == null || !now.isBefore(last.plus(EVERY));
            return due[0] ? now : last;
        });
        return due[0];
    }
}
