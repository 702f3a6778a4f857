package id.sofifi.asn.identity.domain;

/**
 * A token bucket (ember token) for one caller: it holds up to {@code burst} requests and refills at
 * {@code perSecond}; a request takes one. The limit is passed on every call rather than kept, so a changed
 * configuration applies to buckets already in memory. Times are nanoseconds of a monotonic clock.
 */
public final class TokenBucket {
    private double available;
    private long refilledAt;

    /** A full bucket: a caller seen for the first time may send a whole burst. */
    public TokenBucket(long burst, long now) {
        this.available = burst;
        this.refilledAt = now;
    }

    /**
     * Takes one request if the bucket holds one: answers 0, or else the whole seconds until one will be there (at
     * least 1), for {@code Retry-After}.
     */
    public synchronized long take(Limit limit, long now) {
        refill(limit, now);
        if (available >= 1) {
            available -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - available) / limit.perSecond()));
    }

    /** Whether the bucket is full again, i.e. forgetting it changes nothing for its caller. */
    public synchronized boolean isFull(Limit limit, long now) {
        refill(limit, now);
        return available >= limit.burst();
    }

    private void refill(Limit limit, long now) {
        available = Math.min(limit.burst(), available + (now - refilledAt) / 1e9 * limit.perSecond());
        refilledAt = now;
    }

    /** How many requests a caller may send at once ({@code burst}) and how fast the allowance comes back. */
    public record Limit(long burst, double perSecond) {
        public Limit {
            if (burst < 1 || !(perSecond > 0)) {
                throw new IllegalArgumentException("a limit needs a burst of at least 1 and a positive rate");
            }
        }
    }
}
