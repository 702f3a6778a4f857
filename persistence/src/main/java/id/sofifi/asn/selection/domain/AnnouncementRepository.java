package id.sofifi.asn.selection.domain;

import id.sofifi.asn.platform.persistence.Flushing;
import id.sofifi.asn.platform.persistence.LikePattern;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Announcements and their entries. A final list can hold 100,000 entries and more, so entries never
 * pass through the persistence context in bulk: drafts are filled with one INSERT … SELECT from the
 * result tables, publication reads them in seq-ordered chunks and writes the hashes with JDBC batches,
 * and verification and downloads stream them the same way. The JDBC connection is the transaction's own
 * (WildFly hands the same enlisted connection to JPA and to direct use), so everything commits together.
 * <p>
 * Longer than our classes usually are on purpose: publication, verification, downloads and the look-up store
 * ({@code frozenEntries}) all read entries through one streamed, seq-ordered helper with the same chunking and
 * connection rule; split across classes, that helper and the invariant it keeps would have to be shared by all of
 * them. Next step when it grows: the streamed reads into an {@code AnnouncementEntryStream} of their own.
 */
@Dependent
public class AnnouncementRepository {
    /** Rows read and written per round trip when sealing or streaming entries. */
    static final int CHUNK = 5_000;

    /** Where each stage's entries come from, in the order they are announced: formation, then rank. */
    private static final Map<AnnouncementStage, String> SOURCES = Map.of(AnnouncementStage.ADMINISTRATION, """
            SELECT a.registration_number, a.full_name, f.code, a.status,
                   row_number() OVER (ORDER BY f.code, a.registration_number)
            FROM application a JOIN formation f ON f.id = a.formation_id
            WHERE a.period_id = ?2 AND a.status IN ('MS', 'TMS')""", AnnouncementStage.SKD,
            SelectionResultRepository.inAnnouncementOrder(SelectionResultRepository.Table.SKD), AnnouncementStage.FINAL,
            SelectionResultRepository.inAnnouncementOrder(SelectionResultRepository.Table.FINAL));

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Inject
    DataSource dataSource;

    public Optional<Announcement> find(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    public void add(Announcement announcement) {
        Flushing.persist(em, announcement, "publication.concurrent");
    }

    /** Copies the stage's current results into the draft, set-based; answers how many entries it holds. */
    public int snapshot(Announcement draft) {
        return em
                .createNativeQuery("INSERT INTO announcement_entry (registration_number, full_name, formation_code,"
                        + " code, seq, announcement_id) SELECT s.*, ?1 FROM (" + SOURCES.get(draft.stage()) + ") s")
                .setParameter(1, draft.id()).setParameter(2, draft.periodId()).executeUpdate();
    }

    /** Whether the stage has any results to announce in the period. */
    public boolean hasResults(long periodId, AnnouncementStage stage) {
        return !em.createNativeQuery("SELECT 1 FROM (" + SOURCES.get(stage) + ") s LIMIT 1").setParameter(2, periodId)
                .getResultList().isEmpty();
    }

    /** Announcements of a period, newest first; drafts only when asked for (they are never public). */
    public List<Announcement> ofPeriod(long periodId, boolean withDrafts) {
        TypedQuery<Announcement> query = em
                .createQuery(
                        "SELECT a FROM Announcement a WHERE a.periodId = :p"
                                + (withDrafts ? "" : " AND a.status = :published") + " ORDER BY a.id DESC",
                        Announcement.class)
                .setParameter("p", periodId);
        if (!withDrafts) {
            query.setParameter("published", AnnouncementStatus.PUBLISHED);
        }
        return query.getResultList();
    }

    /** How many announcements are prepared and wait to be published by a second person. */
    public long drafts() {
        return em.createQuery("SELECT COUNT(a) FROM Announcement a WHERE a.status = :s", Long.class)
                .setParameter("s", AnnouncementStatus.DRAFT).getSingleResult();
    }

    /** Published announcements of every period, newest first, for the portal. */
    public List<Announcement> published(int limit) {
        return em.createQuery("SELECT a FROM Announcement a WHERE a.status = :s ORDER BY a.id DESC", Announcement.class)
                .setParameter("s", AnnouncementStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    /** The published announcement that corrects {@code announcement}, if any. */
    public Optional<Announcement> correctionOf(Announcement announcement) {
        return em
                .createQuery("SELECT a FROM Announcement a WHERE a.corrects = :a AND a.status = :s ORDER BY a.id DESC",
                        Announcement.class)
                .setParameter("a", announcement).setParameter("s", AnnouncementStatus.PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public boolean anyPublished(long periodId, AnnouncementStage stage) {
        return current(periodId, stage).isPresent();
    }

    /**
     * The stage's announcement of the period as it stands: the newest published one, i.e. the last
     * correction if any (a correction is always published after the announcement it corrects).
     */
    public Optional<Announcement> current(long periodId, AnnouncementStage stage) {
        return em
                .createQuery("SELECT a FROM Announcement a WHERE a.periodId = :p AND a.stage = :st AND a.status = :s"
                        + " ORDER BY a.publishedAt DESC, a.id DESC", Announcement.class)
                .setParameter("p", periodId).setParameter("st", stage).setParameter("s", AnnouncementStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Entries in seq order. {@code q} finds a registration number exactly (the unique index answers it)
     * or a part of a name; without {@code q} the total is the stored entry count, not a count of rows.
     */
    public Page<AnnouncementEntry> entries(Announcement announcement, String q, PageRequest request) {
        boolean filtered = q != null && !q.isBlank();
        String where = " WHERE e.announcementId = :id"
                + (filtered ? " AND (e.registrationNumber = :number OR LOWER(e.fullName) LIKE :name)" : "");
        TypedQuery<AnnouncementEntry> query = em
                .createQuery("SELECT e FROM AnnouncementEntry e" + where + " ORDER BY e.seq", AnnouncementEntry.class)
                .setParameter("id", announcement.id());
        long total = announcement.entryCount();
        if (filtered) {
            query.setParameter("number", q.strip()).setParameter("name", LikePattern.containing(q));
            total = em.createQuery("SELECT COUNT(e) FROM AnnouncementEntry e" + where, Long.class)
                    .setParameter("id", announcement.id()).setParameter("number", q.strip())
                    .setParameter("name", LikePattern.containing(q)).getSingleResult();
        }
        List<AnnouncementEntry> items = query.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    public Optional<AnnouncementEntry> entry(long announcementId, String registrationNumber) {
        return em
                .createQuery("SELECT e FROM AnnouncementEntry e WHERE e.announcementId = :id"
                        + " AND e.registrationNumber = :n", AnnouncementEntry.class)
                .setParameter("id", announcementId).setParameter("n", registrationNumber.strip()).getResultStream()
                .findFirst();
    }

    /**
     * Hashes the draft's entries in seq order and stores both hashes of each, a chunk of rows per JDBC
     * batch. Must run before the announcement is marked published: the database freezes entries then.
     */
    public AnnouncementChain.Head seal(long announcementId) {
        AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
        try (Connection c = dataSource.getConnection();
                ChunkedLinks links = new ChunkedLinks(c, announcementId);
                PreparedStatement update = c.prepareStatement("UPDATE announcement_entry SET previous_hash = ?,"
                        + " entry_hash = ? WHERE announcement_id = ? AND seq = ?")) {
            int pending = 0;
            while (links.hasNext()) {
                AnnouncementChain.Link sealed = sealer.seal(links.next());
                update.setString(1, sealed.previousHash());
                update.setString(2, sealed.entryHash());
                update.setLong(3, announcementId);
                update.setInt(4, sealed.seq());
                update.addBatch();
                if (++pending == CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sealing announcement " + announcementId + " failed", e);
        }
        return sealer.head();
    }

    /** Hands every stored entry, in seq order, to {@code each}: for the chain check and downloads. */
    public void forEachLink(long announcementId, Consumer<AnnouncementChain.Link> each) {
        readLinks(announcementId, "reading announcement ", links -> {
            links.forEachRemaining(each);
            return null;
        });
    }

    /**
     * The stored chain as it stands now, cheaply: its last entry (seq and hash) and how many changes of its entries
     * after publication the database counted (V32's trigger). While this is unchanged, so is the chain check's answer.
     */
    public StoredHead storedHead(long announcementId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                        SELECT (SELECT e.seq FROM announcement_entry e WHERE e.announcement_id = ?1 ORDER BY e.seq DESC
                                LIMIT 1),
                               (SELECT e.entry_hash FROM announcement_entry e WHERE e.announcement_id = ?1
                                ORDER BY e.seq DESC LIMIT 1),
                               (SELECT x.changes FROM announcement_entry_change x WHERE x.announcement_id = ?1)"""
                        .replace("?1", "?"))) {
            for (int i = 1; i <= 3; i++) {
                select.setLong(i, announcementId);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new StoredHead(rs.getInt(1), rs.getString(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the head of announcement " + announcementId + " failed", e);
        }
    }

    /** The last stored entry's seq and hash (0 and null without entries), and the counted changes of entries. */
    public record StoredHead(int seq, String entryHash, long changes) {
    }

    /** Recomputes the chain of a published announcement from the stored rows. */
    public AnnouncementChain.ChainCheck checkChain(Announcement published) {
        return readLinks(published.id(), "checking the chain of announcement ",
                links -> AnnouncementChain.check(links, published.publishedHead()));
    }

    /**
     * The entries of a published announcement in their compact form for look-ups from memory, read in one pass and
     * kept only if their chain leads to the published head.
     */
    public Optional<FrozenEntries> frozenEntries(Announcement published) {
        return readLinks(published.id(), "reading the entries of announcement ",
                links -> FrozenEntries.verified(links, published.publishedHead()));
    }

    /** Streams the stored entries in seq order on a connection of its own to {@code work}. */
    private <T> T readLinks(long announcementId, String failure, Function<Iterator<AnnouncementChain.Link>, T> work) {
        try (Connection c = dataSource.getConnection(); ChunkedLinks links = new ChunkedLinks(c, announcementId)) {
            return work.apply(links);
        } catch (SQLException e) {
            throw new IllegalStateException(failure + announcementId + " failed", e);
        }
    }

    /**
     * Entries read by keyset (seq greater than the last one read), one chunk per query, so memory stays
     * flat however long the list, and a gap left by a deleted row does not stop the walk.
     */
    private static final class ChunkedLinks implements Iterator<AnnouncementChain.Link>, AutoCloseable {
        private final PreparedStatement select;
        private final long announcementId;
        private final Deque<AnnouncementChain.Link> buffer = new ArrayDeque<>();
        private int lastSeq;
        private boolean exhausted;

        ChunkedLinks(Connection c, long announcementId) throws SQLException {
            this.announcementId = announcementId;
            this.select = c.prepareStatement("SELECT seq, registration_number, full_name, formation_code, code,"
                    + " previous_hash, entry_hash FROM announcement_entry WHERE announcement_id = ? AND seq > ?"
                    + " ORDER BY seq LIMIT " + CHUNK);
        }

        @Override
        public boolean hasNext() {
            if (buffer.isEmpty() && !exhausted) {
                fill();
            }
            return !buffer.isEmpty();
        }

        @Override
        public AnnouncementChain.Link next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.removeFirst();
        }

        private void fill() {
            try {
                select.setLong(1, announcementId);
                select.setInt(2, lastSeq);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        lastSeq = rs.getInt(1);
                        buffer.addLast(new AnnouncementChain.Link(lastSeq, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                exhausted = buffer.size() < CHUNK;
            } catch (SQLException e) {
                throw new IllegalStateException("reading entries of announcement " + announcementId + " failed", e);
            }
        }

        @Override
        public void close() throws SQLException {
            select.close();
        }
    }
}
