package id.sofifi.asn.identity.web;

import id.sofifi.asn.identity.domain.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buckets of this server, in memory. Each server counts on its own: behind a load balancer with two servers a
 * caller may send up to twice the limit, and a restart forgets every count. That suffices against floods and
 * guessing (the per-account lock-out and the survey's hourly limit are in the database and hold across servers).
 */
@ApplicationScoped
public class RateLimiter {
    /** Above this many callers remembered, full buckets are forgotten (they would allow a whole burst anyway). */
    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request of {@code caller} under {@code limit}: 0 if allowed, else the seconds for Retry-After. */
    public long take(RateLimit limit, String caller) {
        TokenBucket.Limit current = limit.current();
        long now = System.nanoTime();
        // a changed limit starts new buckets: callers counted under the old one are not cut short or let through
        String prefix = limit.name() + ":" + current.burst() + "/" + current.perSecond() + ":";
        if (buckets.size() > FORGET_ABOVE) {
            buckets.entrySet().removeIf(e -> e.getKey().startsWith(limit.name() + ":")
                    && (!e.getKey().startsWith(prefix) || e.getValue().isFull(current, now)));
        }
        return buckets.computeIfAbsent(prefix + caller, k -> new TokenBucket(current.burst(), now)).take(current, now);
    }
}
