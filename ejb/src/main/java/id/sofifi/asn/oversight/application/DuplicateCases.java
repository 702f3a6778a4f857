package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.SimilarWords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Laporan ganda (§5: refusing a case as a duplicate of another): suggestions from the same unit with similar words,
 * and the merge, which ends the duplicate pointing at the surviving case, puts it on both timelines and tells the
 * duplicate's reporter (when they left an address) where their report now goes on.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DuplicateCases {
    /** How far apart in time two reports of one matter are looked for. */
    static final int DAYS_AROUND = 90;
    private static final int MAX_SUGGESTIONS = 5;

    @Inject
    ComplaintRepository complaints;

    @Inject
    OutboxService outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @EJB
    ComplaintService cases;

    /** Up to five cases of the same unit that read alike, the most alike first. */
    public List<DuplicateSuggestion> suggestions(String trackingCode) {
        Complaint complaint = find(trackingCode);
        Set<String> words = wordsOf(complaint);
        return complaints.sameUnitAround(complaint, DAYS_AROUND).stream()
                .map(other -> new DuplicateSuggestion(other.trackingCode(), other.title(), other.status(),
                        other.receivedAt(), (int) Math.round(100 * SimilarWords.similarity(words, wordsOf(other)))))
                .filter(s -> s.similarityPercent() >= 100 * SimilarWords.SUGGESTED)
                .sorted(Comparator.comparingInt(DuplicateSuggestion::similarityPercent).reversed())
                .limit(MAX_SUGGESTIONS).toList();
    }

    /** Merges the case {@code duplicateCode} into {@code intoCode}; answers the duplicate as it now stands. */
    public ComplaintView merge(String duplicateCode, String intoCode) {
        Complaint duplicate = find(duplicateCode);
        Complaint survivor = find(intoCode);
        duplicate.mergeInto(survivor, clock.instant());
        audit.record("complaint.merged", ComplaintService.SUBJECT, duplicate.trackingCode(), null,
                survivor.trackingCode(),
                "Laporan " + duplicate.trackingCode() + " digabung ke " + survivor.trackingCode() + " (laporan ganda)");
        String email = duplicate.reporter().email();
        if (email != null) {
            outbox.queue(email, "Laporan " + duplicate.trackingCode() + " digabung dengan " + survivor.trackingCode(),
                    "Yth. Pelapor,\n\nLaporan Anda " + duplicate.trackingCode() + " (\"" + duplicate.title()
                            + "\") membahas hal yang sama dengan laporan " + survivor.trackingCode()
                            + ", sehingga keduanya digabung dan ditangani bersama. Perkembangan dan jawaban unit dapat"
                            + " Anda ikuti pada halaman status laporan dengan kode " + survivor.trackingCode()
                            + "; halaman laporan Anda sendiri tetap dapat dibuka dengan kode dan kode rahasia Anda.");
        }
        return cases.read(duplicateCode, null);
    }

    private static Set<String> wordsOf(Complaint complaint) {
        return SimilarWords.of(complaint.title() + " " + complaint.body());
    }

    private Complaint find(String trackingCode) {
        return complaints.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("complaint.notFound", trackingCode));
    }
}
