package id.sofifi.asn.oversight.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How much one account may write: at most {@code posts} topics and posts together within any {@code window}, so that
 * one account cannot flood the forum.
 */
public record PostingLimit(int posts, Duration window) {
    public static final PostingLimit DEFAULT = new PostingLimit(5, Duration.ofMinutes(10));

    public PostingLimit {
        if (posts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a posting limit allows at least one post in a positive window");
        }
    }

    /** The start of the window that ends {@code now}. */
    public Instant since(Instant now) {
        return now.minus(window);
    }

    /** Refuses one more post when the account already wrote {@code written} within the window. */
    public void check(long written) {
        if (written >= posts) {
            throw new PostingRateExceeded(posts, window.toMinutes());
        }
    }
}
