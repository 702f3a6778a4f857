package id.sofifi.asn.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;
    private static final TokenBucket.Limit THREE_PER_SECOND_BURST_FIVE = new TokenBucket.Limit(5, 3);

    @Test
    @DisplayName("Issue 13 rate limits: a new caller may send a whole burst, the next request waits")
    void burstThenRefused() {
        TokenBucket bucket = new TokenBucket(5, 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.take(THREE_PER_SECOND_BURST_FIVE, 0), "request " + (i + 1));
        }
        assertEquals(1, bucket.take(THREE_PER_SECOND_BURST_FIVE, 0), "Retry-After is at least one second");
    }

    @Test
    @DisplayName("Issue 13 rate limits: the allowance comes back at the rate, never beyond the burst")
    void refillsAtRateUpToBurst() {
        TokenBucket bucket = new TokenBucket(5, 0);
        for (int i = 0; i < 5; i++) {
            bucket.take(THREE_PER_SECOND_BURST_FIVE, 0);
        }
        // a third of a second brings one request back at three a second
        assertEquals(0, bucket.take(THREE_PER_SECOND_BURST_FIVE, SECOND / 3 + 1));
        assertTrue(bucket.take(THREE_PER_SECOND_BURST_FIVE, SECOND / 3 + 1) > 0);
        assertFalse(bucket.isFull(THREE_PER_SECOND_BURST_FIVE, SECOND));
        assertTrue(bucket.isFull(THREE_PER_SECOND_BURST_FIVE, 100 * SECOND));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.take(THREE_PER_SECOND_BURST_FIVE, 100 * SECOND));
        }
        assertTrue(bucket.take(THREE_PER_SECOND_BURST_FIVE, 100 * SECOND) > 0, "an idle hour saves no more than 5");
    }

    @Test
    @DisplayName("Issue 13 rate limits: Retry-After says in whole seconds when the next request is allowed")
    void retryAfterInSeconds() {
        TokenBucket.Limit onePerTenSeconds = new TokenBucket.Limit(1, 0.1);
        TokenBucket bucket = new TokenBucket(1, 0);
        assertEquals(0, bucket.take(onePerTenSeconds, 0));
        assertEquals(10, bucket.take(onePerTenSeconds, 0));
        assertEquals(6, bucket.take(onePerTenSeconds, 4 * SECOND + 1));
        assertEquals(0, bucket.take(onePerTenSeconds, 10 * SECOND));
    }

    @Test
    @DisplayName("A limit without a burst or with no refill is refused: it would lock a caller out for good")
    void nonsenseLimitsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket.Limit(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket.Limit(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket.Limit(1, Double.NaN));
    }
}
