package id.sofifi.asn.selection.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.application.SpreadsheetText;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.Announcement;
import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.AnnouncementPreparing;
import id.sofifi.asn.selection.domain.AnnouncementPublished;
import id.sofifi.asn.selection.domain.AnnouncementRepository;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import id.sofifi.asn.selection.domain.FrozenEntries;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Pengumuman hasil seleksi: staff prepare an announcement of a stage's results, a second account
 * approves and thereby publishes it, and anyone reads, searches, downloads and checks the chain of published
 * ones. Drafts are visible to staff only; to everyone else they do not exist. Other contexts take part
 * through events only: they may refuse a draft while its results are not final ({@link
 * AnnouncementPreparing}) and react to a publication in the same transaction ({@link AnnouncementPublished}).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AnnouncementService {
    /** The portal lists this many recent announcements when no period is chosen. */
    private static final int RECENT = 50;

    @Inject
    AnnouncementRepository announcements;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    AuditTrail audit;

    @Inject
    PublishedAnnouncements cache;

    @Inject
    Event<AnnouncementPreparing> preparing;

    @Inject
    Event<AnnouncementPublished> publications;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Prepares a draft holding a snapshot of the stage's current results. With {@code correctsId} it is
     * a correction of that published announcement (same period and stage); without, the stage must not
     * have a published announcement yet, because a published list is only ever corrected, never replaced.
     */
    public AnnouncementSummary prepare(String periodCode, AnnouncementStage stage, Long correctsId) {
        new Violations().check(stage != null, "stage", "validation.required").throwIfAny();
        SelectionPeriod period = periods.byCode(periodCode);
        String preparer = session.getCallerPrincipal().getName();
        Announcement draft;
        if (correctsId == null) {
            if (announcements.anyPublished(period.id(), stage)) {
                throw new ConflictException("publication.useCorrection", stage.name(), period.code());
            }
            draft = Announcement.prepare(period.id(), stage, preparer, clock.instant());
        } else {
            Announcement corrected = announcements.find(correctsId)
                    .orElseThrow(() -> new DomainException("publication.correctsUnknown", String.valueOf(correctsId)));
            corrected.checkCorrects(period.id(), stage, period(corrected).code());
            draft = Announcement.correct(corrected, preparer, clock.instant());
        }
        preparing.fire(new AnnouncementPreparing(period.id(), period.code(), stage));
        if (!announcements.hasResults(period.id(), stage)) {
            throw new DomainException("publication.noResults", stage.name(), period.code());
        }
        announcements.add(draft);
        draft.snapshotTaken(announcements.snapshot(draft));
        audit.record("announcement.prepared", "Announcement", String.valueOf(draft.id()), null,
                period.code() + "/" + stage + "/" + draft.entryCount(),
                "Draf pengumuman #" + draft.id() + " " + stage + " " + period.code() + " disiapkan: "
                        + draft.entryCount() + " entri" + (correctsId == null ? "" : ", koreksi atas #" + correctsId));
        return AnnouncementSummary.of(draft, period, null);
    }

    /** The next announcement of a stage: the first one, or a correction of the one that stands now. */
    public AnnouncementSummary prepareNext(String periodCode, AnnouncementStage stage) {
        Long standing = periods.findByCode(periodCode).flatMap(p -> announcements.current(p.id(), stage))
                .map(Announcement::id).orElse(null);
        return prepare(periodCode, stage, standing);
    }

    /** Approval by an account other than the preparer publishes the draft and freezes its entries. */
    public AnnouncementSummary approve(long id) {
        Announcement announcement = announcements.find(id)
                .orElseThrow(() -> new NotFoundException("publication.notFound", String.valueOf(id)));
        String approver = session.getCallerPrincipal().getName();
        announcement.publish(approver, clock.instant(), () -> announcements.seal(id));
        Long correctsId = announcement.corrects() == null ? null : announcement.corrects().id();
        if (correctsId != null) {
            cache.forget(correctsId);
        }
        SelectionPeriod period = period(announcement);
        publications.fire(new AnnouncementPublished(id, period.id(), period.code(), announcement.stage(), correctsId,
                announcement.publishedAt()));
        audit.record("announcement.published", "Announcement", String.valueOf(id), null, announcement.headHash(),
                "Pengumuman #" + id + " " + announcement.stage() + " " + period.code() + " disetujui oleh " + approver
                        + " dan diterbitkan: " + announcement.entryCount() + " entri, hash kepala "
                        + announcement.headHash());
        return summary(announcement);
    }

    /** Every announcement of a period, drafts included, for the staff screen. */
    public List<AnnouncementSummary> ofPeriod(String periodCode) {
        return ofPeriod(periodCode, true);
    }

    /** The caller's account, so a screen can tell a preparer that their own draft needs someone else. */
    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Published announcements of a period, or the most recent of all periods when none is given. */
    @PermitAll
    public List<AnnouncementSummary> published(String periodCode) {
        return periodCode == null || periodCode.isBlank()
                ? announcements.published(RECENT).stream().map(this::summary).toList()
                : ofPeriod(periodCode, false);
    }

    /**
     * The stage's announcement of a period as it stands now (the newest correction, if any): where the
     * old address of the administrative result leads.
     */
    @PermitAll
    public Optional<AnnouncementSummary> current(String periodCode, AnnouncementStage stage) {
        return periods.findByCode(periodCode).flatMap(p -> announcements.current(p.id(), stage)).map(this::summary);
    }

    private List<AnnouncementSummary> ofPeriod(String periodCode, boolean withDrafts) {
        return periods.findByCode(periodCode).map(p -> announcements.ofPeriod(p.id(), withDrafts)).orElse(List.of())
                .stream().map(this::summary).toList();
    }

    /** One announcement: a published one for anyone, a draft for staff only (everyone else gets 404). */
    @PermitAll
    public AnnouncementSummary find(long id) {
        Optional<AnnouncementSummary> held = cache.find(id);
        if (held.isPresent()) {
            return held.get();
        }
        Announcement announcement = announcements.find(id).filter(a -> a.isPublished() || isStaff())
                .orElseThrow(() -> new NotFoundException("publication.notFound", String.valueOf(id)));
        AnnouncementSummary summary = summary(announcement);
        if (announcement.isPublished()) {
            cache.hold(summary);
        }
        return summary;
    }

    @PermitAll
    public Page<AnnouncementEntryView> entries(long id, String q, PageRequest request) {
        return announcements.entries(published(id), q, request).map(AnnouncementEntryView::of);
    }

    @PermitAll
    public AnnouncementEntryView entry(long id, String registrationNumber) {
        if (cache.find(id).isEmpty()) {
            cache.hold(summary(published(id)));
        }
        return announcements.entry(id, registrationNumber == null ? "" : registrationNumber)
                .map(AnnouncementEntryView::of).orElseThrow(() -> new NotFoundException("publication.entryNotFound",
                        String.valueOf(registrationNumber), String.valueOf(id)));
    }

    /**
     * The entries of a published announcement for {@link AnnouncementLookup}, empty when their chain does not lead to
     * the published head (someone changed rows behind the application). A draft or unknown id is 404, as everywhere.
     */
    @PermitAll
    public Optional<FrozenEntries> frozenEntries(long id) {
        return announcements.frozenEntries(published(id));
    }

    /** Recomputes the chain from the stored rows and compares it with the published head. */
    @PermitAll
    public AnnouncementChain.ChainCheck checkChain(long id) {
        return checkedChain(id).check();
    }

    /**
     * The chain check with the time it was computed: recomputed only when the stored head or the database's count of
     * changes to the entries moved since the last check (a million hashes a call otherwise).
     */
    @PermitAll
    public CheckedChain checkedChain(long id) {
        Announcement announcement = published(id);
        return cache.checkChainUnlessUnchanged(id, announcements.storedHead(id),
                () -> announcements.checkChain(announcement));
    }

    /** The whole list as CSV (UTF-8, header line), streamed row by row. */
    @PermitAll
    public void writeCsv(long id, OutputStream out) {
        published(id);
        try {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write("seq,registration_number,full_name,formation_code,code,previous_hash,entry_hash\r\n");
            announcements.forEachLink(id, l -> {
                try {
                    csv.write(l.seq() + "," + SpreadsheetText.csvField(l.registrationNumber()) + ","
                            + SpreadsheetText.csvField(l.name()) + "," + SpreadsheetText.csvField(l.formationCode())
                            + "," + SpreadsheetText.csvField(l.code()) + "," + l.previousHash() + "," + l.entryHash()
                            + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole list as a PDF whose header carries the head hash and where to check its chain. */
    @PermitAll
    public void writePdf(long id, String chainCheckUrl, OutputStream out) {
        AnnouncementSummary summary = summary(published(id));
        AnnouncementPdf.render(summary, chainCheckUrl, each -> announcements.forEachLink(id, each), out);
    }

    private Announcement published(long id) {
        return announcements.find(id).filter(Announcement::isPublished)
                .orElseThrow(() -> new NotFoundException("publication.notFound", String.valueOf(id)));
    }

    private SelectionPeriod period(Announcement a) {
        return periods.find(a.periodId()).orElseThrow();
    }

    private AnnouncementSummary summary(Announcement a) {
        return AnnouncementSummary.of(a, period(a),
                a.isPublished() ? announcements.correctionOf(a).map(Announcement::id).orElse(null) : null);
    }

    private boolean isStaff() {
        return session.isCallerInRole(Role.SUPERVISOR_NAME) || session.isCallerInRole(Role.ADMIN_NAME);
    }
}
