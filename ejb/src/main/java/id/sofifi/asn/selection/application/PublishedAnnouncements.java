package id.sofifi.asn.selection.application;

import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.AnnouncementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Published announcements held in memory for announcement-day traffic: a published announcement never
 * changes, so a reader's lookup needs one query (the entry) instead of three. Only "corrected by" can
 * appear later; a summary is therefore kept for {@link #FRESH} (as long as the public API lets clients
 * cache the list), and a correction published on this node drops the corrected one at once.
 */
@ApplicationScoped
public class PublishedAnnouncements {
    static final Duration FRESH = Duration.ofSeconds(60);

    private final Map<Long, Held> held = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<AnnouncementChain.ChainCheck>> checking = new ConcurrentHashMap<>();
    private final Map<Long, CheckedChain> checked = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** A published announcement read within the last minute, if any. */
    Optional<AnnouncementSummary> find(long id) {
        Held h = held.get(id);
        return h == null || h.readAt.plus(FRESH).isBefore(clock.instant()) ? Optional.empty() : Optional.of(h.summary);
    }

    void hold(AnnouncementSummary summary) {
        held.put(summary.id(), new Held(summary, clock.instant()));
    }

    void forget(long id) {
        held.remove(id);
    }

    /**
     * Recomputes a chain at most once at a time per announcement: callers who arrive while it runs share
     * its answer. Checking a million entries takes seconds and anyone may ask, so without this a crowd
     * of readers (or one hostile client) would recompute it in parallel until the server stalls.
     */
    AnnouncementChain.ChainCheck checkChainOnce(long id, Supplier<AnnouncementChain.ChainCheck> work) {
        CompletableFuture<AnnouncementChain.ChainCheck> mine = new CompletableFuture<>();
        CompletableFuture<AnnouncementChain.ChainCheck> running = checking.putIfAbsent(id, mine);
        if (running != null) {
            return running.join();
        }
        try {
            AnnouncementChain.ChainCheck result = work.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(id, mine);
        }
    }

    /**
     * The last check of a chain, answered again while the stored head it was computed from is the same: a published
     * chain only changes if someone changes its rows behind the application, which moves the head or the database's
     * change count. A check older than {@link #checkMaxAge()} is recomputed anyway, in case someone also switched
     * that count off.
     */
    CheckedChain checkChainUnlessUnchanged(long id, AnnouncementRepository.StoredHead head,
            Supplier<AnnouncementChain.ChainCheck> work) {
        Instant now = clock.instant();
        CheckedChain last = checked.get(id);
        if (last != null && last.head().equals(head) && now.isBefore(last.computedAt().plus(checkMaxAge()))) {
            return last;
        }
        CheckedChain fresh = new CheckedChain(checkChainOnce(id, work), head, clock.instant());
        checked.put(id, fresh);
        return fresh;
    }

    /** {@code asn.chainCheck.maxAgeMinutes}, an hour unless set. */
    static Duration checkMaxAge() {
        return Duration.ofMinutes(Long.getLong("asn.chainCheck.maxAgeMinutes", 60));
    }

    private record Held(AnnouncementSummary summary, Instant readAt) {
    }
}
