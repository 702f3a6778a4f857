package id.sofifi.asn.selection.application;

import id.sofifi.asn.selection.domain.FrozenEntries;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frozen entries of published announcements kept in memory, at most {@code maxBytes} in all: adding one beyond
 * that drops the least recently read others first, and one larger than the whole bound is not kept at all (its
 * readers are served from the database). Reads are lock-free; adding is rare (once per announcement) and serialised.
 * <p>
 * "Recently read" is a logical clock rather than the time: every addition moves it on by two, every read marks its
 * announcement with the current value plus one, so a read after the last addition always counts as more recent than
 * that addition, and a read costs no clock call and, while nothing is added, no write after the first.
 */
final class HeldEntries {
    private final long maxBytes;
    private final Map<Long, Held> held = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private long bytes;

    HeldEntries(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The entries of announcement {@code id} if held; marks them as just read. */
    FrozenEntries get(long id) {
        Held h = held.get(id);
        if (h == null) {
            return null;
        }
        long now = clock.get() + 1;
        if (h.readAt != now) {
            h.readAt = now;
        }
        return h.entries;
    }

    /** Keeps {@code entries}, dropping the least recently read others as needed; false if they alone exceed the bound. */
    synchronized boolean put(long id, FrozenEntries entries) {
        if (entries.bytes() > maxBytes) {
            return false;
        }
        Held previous = held.remove(id);
        if (previous != null) {
            bytes -= previous.entries.bytes();
        }
        while (bytes + entries.bytes() > maxBytes) {
            Map.Entry<Long, Held> oldest = held.entrySet().stream()
                    .min(Comparator.comparingLong(e -> e.getValue().readAt)).orElseThrow();
            held.remove(oldest.getKey());
            bytes -= oldest.getValue().entries.bytes();
        }
        held.put(id, new Held(entries, clock.addAndGet(2)));
        bytes += entries.bytes();
        return true;
    }

    /** The bytes held now (the sum of {@link FrozenEntries#bytes()}). */
    synchronized long bytes() {
        return bytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    private static final class Held {
        final FrozenEntries entries;
        volatile long readAt;

        Held(FrozenEntries entries, long readAt) {
            this.entries = entries;
            this.readAt = readAt;
        }
    }
}
