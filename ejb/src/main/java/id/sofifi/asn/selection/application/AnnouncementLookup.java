package id.sofifi.asn.selection.application;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.selection.domain.FrozenEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Pencarian entri pengumuman (public look-up of one entry) answered from memory: published entries never change, so
 * the first look-up of an announcement reads all its entries once, checks their chain against the published head and
 * keeps them compactly ({@link FrozenEntries}); every later look-up is a hash-table probe with no transaction and no
 * query. Readers who arrive while the first one builds, and readers of an announcement that is not kept (its chain
 * does not verify, or it alone exceeds the memory bound), are answered from the database as before
 * ({@link AnnouncementService#entry}); such an announcement is tried again after {@link #RETRY}, not on every request.
 * Drafts and unknown ids are never kept: building refuses them with the same 404 as the database path.
 * <p>
 * The bound is {@code asn.lookup.maxMegabytes} (default {@value #DEFAULT_MEGABYTES}): a 1,000,000-entry announcement
 * takes about 91 MiB here (docs/benchmarks.md, "Lookup from memory"), so the default keeps two of them beside
 * everything else in the run mode's 1 GiB heap.
 */
@ApplicationScoped
public class AnnouncementLookup {
    static final long DEFAULT_MEGABYTES = 256;
    /** How long an announcement that could not be kept is served from the database before the next try. */
    static final Duration RETRY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(AnnouncementLookup.class.getName());

    private final HeldEntries held = new HeldEntries(
            Long.getLong("asn.lookup.maxMegabytes", DEFAULT_MEGABYTES) * 1024 * 1024);
    private final Set<Long> building = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> refusedUntil = new ConcurrentHashMap<>();

    @Inject
    AnnouncementService announcements;

    @Inject
    PublishedAnnouncements summaries;

    @Inject
    Clock clock;

    /** One announcement as {@link AnnouncementService#find} shows it, from the minute-long memory when held there. */
    public AnnouncementSummary announcement(long id) {
        Optional<AnnouncementSummary> held = summaries.find(id);
        return held.isPresent() ? held.get() : announcements.find(id);
    }

    /** One entry of a published announcement by registration number; 404 for an unknown entry or announcement. */
    public AnnouncementEntryView entry(long id, String registrationNumber) {
        FrozenEntries entries = entries(id);
        if (entries == null) {
            return announcements.entry(id, registrationNumber);
        }
        int at = entries.find(registrationNumber == null ? "" : registrationNumber.strip());
        if (at < 0) {
            throw new NotFoundException("publication.entryNotFound", String.valueOf(registrationNumber),
                    String.valueOf(id));
        }
        return AnnouncementEntryView.of(id, entries.link(at));
    }

    /** The held entries, built now by the first caller; null while another caller builds or when not kept. */
    private FrozenEntries entries(long id) {
        FrozenEntries entries = held.get(id);
        if (entries != null || refused(id) || !building.add(id)) {
            return entries;
        }
        try {
            long started = System.nanoTime();
            Optional<FrozenEntries> built = announcements.frozenEntries(id);
            if (built.isEmpty()) {
                return refuse(id, "its stored chain does not lead to the published head hash");
            }
            if (!held.put(id, built.get())) {
                return refuse(id, built.get().bytes() + " bytes alone exceed the bound of " + held.maxBytes());
            }
            LOG.info(() -> "announcement " + id + ": " + built.get().size() + " entries held in memory for look-ups, "
                    + built.get().bytes() + " bytes, built in " + (System.nanoTime() - started) / 1_000_000 + " ms; "
                    + held.bytes() + " of " + held.maxBytes() + " bytes held in all");
            return built.get();
        } finally {
            building.remove(id);
        }
    }

    private boolean refused(long id) {
        Instant until = refusedUntil.get(id);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        refusedUntil.remove(id, until);
        return false;
    }

    private FrozenEntries refuse(long id, String why) {
        LOG.warning(() -> "announcement " + id + " is not held in memory (" + why + "): its look-ups read the database"
                + " until the next try in " + RETRY.toMinutes() + " minutes");
        refusedUntil.put(id, clock.instant().plus(RETRY));
        return null;
    }
}
