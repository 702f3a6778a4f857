package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.recruitment.domain.RetainedDocuments;
import id.sofifi.asn.recruitment.domain.RetainedDocuments.DuePeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Jadwal retensi dokumen (ASN-RULES §6): deletes the applicant documents of every period whose retention ended (the
 * day after its {@code documents_retained_until}), files and rows, leaving a row per document without its content and
 * an audit event per period with the counts. Once across the whole system: a transaction-scoped advisory lock lets
 * one server sweep at a time, and a period swept has no documents left for a second sweep. The rows go first and the
 * files last, so a failed transaction leaves every file its rows still name.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DocumentRetentionSweep {
    @Inject
    RetainedDocuments documents;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What one sweep did; {@code ran} is false when another server was sweeping at that moment. */
    public record Result(boolean ran, int periods, long documents) {
    }

    public Result sweep() {
        return sweepAt(clock.instant());
    }

    /** The sweep as it runs at {@code now}: what the schedule does at its hour, for any day. */
    public Result sweepAt(Instant now) {
        if (!documents.lockSweep()) {
            return new Result(false, 0, 0);
        }
        List<DuePeriod> due = documents.due(now.atZone(Wit.ZONE).toLocalDate());
        long deleted = 0;
        for (DuePeriod period : due) {
            List<String> unreferenced = documents.delete(period.id(), now);
            audit.record("documents.retentionDeleted", "SelectionPeriod", period.code(), null, null,
                    period.documents() + " dokumen pelamar periode " + period.code()
                            + " dihapus sesuai jadwal retensi (disimpan sampai " + period.retainedUntil() + "), "
                            + unreferenced.size() + " berkas dihapus dari penyimpanan");
            unreferenced.forEach(store::delete);
            deleted += period.documents();
        }
        return new Result(true, due.size(), deleted);
    }
}
