package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;
import id.sofifi.asn.recruitment.domain.DocumentRequirementRepository;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

/** Opening, revising and closing selection periods (periode seleksi) and their SKD thresholds. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SelectionPeriodService {
    static final String SUBJECT = "SelectionPeriod";

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    DocumentRequirementRepository requirements;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Periods whose code or name contains {@code text} (null for all), one page of them. */
    @PermitAll
    public Page<PeriodView> list(String text, PageRequest request) {
        return periods.list(text, request).map(this::view);
    }

    @PermitAll
    public PeriodView find(String code) {
        return view(periods.byCode(code));
    }

    /** Periods whose registration has not closed: what the public portal offers. */
    @PermitAll
    public List<PeriodView> notClosed() {
        return periods.notClosedAt(clock.instant()).stream().map(this::view).toList();
    }

    public PeriodView create(PeriodDetails details) {
        details.validate();
        refuseTakenCode(details.code(), null);
        SelectionPeriod period = new SelectionPeriod(details);
        periods.add(period);
        DocumentRequirement.defaultsFor(period).forEach(requirements::add);
        PeriodView created = view(period);
        audit.record("period.created", SUBJECT, period.code(), null, created, "Periode " + period.code() + " dibuat");
        return created;
    }

    public PeriodView revise(String code, long version, PeriodDetails details) {
        SelectionPeriod period = periods.byCode(code);
        period.checkVersion(version);
        PeriodView before = view(period);
        details.validate();
        refuseTakenCode(details.code(), period.id());
        period.revise(details);
        periods.flush(period);
        PeriodView after = view(period);
        audit.record("period.revised", SUBJECT, period.code(), before, after, "Periode " + code + " diubah");
        return after;
    }

    /** Sets the thresholds; {@code version} may be null where the caller (the API) sends none. */
    public PeriodView changeThresholds(String code, Long version, PassingThresholds thresholds) {
        SelectionPeriod period = periods.byCode(code);
        if (version != null) {
            period.checkVersion(version);
        }
        PeriodView before = view(period);
        period.changeThresholds(thresholds);
        periods.flush(period);
        PeriodView after = view(period);
        audit.record("period.thresholds", SUBJECT, code, before, after, "Ambang batas " + code + ": " + thresholds);
        return after;
    }

    /** Moves the end of the period's document retention (§6), as an administrator decides it. */
    public PeriodView retainDocumentsUntil(String code, long version, LocalDate until) {
        SelectionPeriod period = periods.byCode(code);
        period.checkVersion(version);
        LocalDate before = period.documentsRetainedUntil();
        period.retainDocumentsUntil(until);
        periods.flush(period);
        audit.record("period.retention", SUBJECT, code, before, until,
                "Dokumen pelamar " + code + " disimpan sampai " + until + " (sebelumnya " + before + ")");
        return view(period);
    }

    public void delete(String code, long version) {
        SelectionPeriod period = periods.byCode(code);
        period.checkVersion(version);
        if (periods.countFormations(period) > 0) {
            throw new ConflictException("period.hasFormations", code);
        }
        PeriodView before = view(period);
        periods.remove(period);
        audit.record("period.deleted", SUBJECT, code, before, null, "Periode " + code + " dihapus");
    }

    private void refuseTakenCode(String code, Long exceptId) {
        if (periods.codeTaken(code, exceptId)) {
            throw new ConflictException("period.codeTaken", code);
        }
    }

    private PeriodView view(SelectionPeriod period) {
        return PeriodView.of(period, clock.instant());
    }
}
