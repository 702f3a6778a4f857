package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.recruitment.domain.AdministrationAnnouncement;
import id.sofifi.asn.recruitment.domain.AdministrationAnnouncementRepository;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.AnnouncedResult;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Pengumuman hasil seleksi administrasi: publishes a period's MS/TMS list once every application is
 * decided; the first publication opens the objection window. After objections are answered a revised
 * list is published as a new revision. Published lists show registration number, name and result.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AdministrationAnnouncementService {
    @Inject
    AdministrationAnnouncementRepository announcements;

    @Inject
    ApplicationRepository applications;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    ApplicantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public AnnouncementView publish(String periodCode) {
        SelectionPeriod period =
                periods.findByCode(periodCode).orElseThrow(() -> new NotFoundException("period.notFound", periodCode));
        long undecided = applications.countUndecided(period);
        if (undecided > 0) {
            throw new ConflictException("announcement.undecided", undecided);
        }
        List<Application> decided = applications.decided(period);
        if (decided.isEmpty()) {
            throw new ConflictException("announcement.empty");
        }
        List<AnnouncedResult> entries = decided.stream()
                .map(a -> new AnnouncedResult(
                        a.registrationNumber(),
                        a.fullName(),
                        a.status() == ApplicationStatus.MS ? AdministrationResult.MS : AdministrationResult.TMS))
                .toList();
        String publisher = session.getCallerPrincipal().getName();
        Optional<AdministrationAnnouncement> previous = announcements.latest(periodCode);
        if (previous.isPresent() && applications.countUnansweredObjections(period) > 0) {
            throw new ConflictException("announcement.objectionsOpen");
        }
        AdministrationAnnouncement announcement = previous.map(p -> p.revise(entries, publisher, clock.instant()))
                .orElseGet(() -> AdministrationAnnouncement.first(period, entries, publisher, clock.instant()));
        announcements.add(announcement);
        if (previous.isEmpty()) {
            decided.forEach(a -> {
                a.announce(clock.instant());
                mail.step(a, TimelineStep.ANNOUNCED, null);
            });
        }
        long ms = entries.stream()
                .filter(e -> e.result() == AdministrationResult.MS)
                .count();
        audit.record(
                "announcement.administration.published",
                "AdministrationAnnouncement",
                period.code() + "/" + announcement.revision(),
                null,
                entries.stream()
                        .map(e -> e.registrationNumber() + ":" + e.result())
                        .toList(),
                "Pengumuman hasil administrasi " + period.code() + " revisi " + announcement.revision() + ": " + ms
                        + " MS, " + (entries.size() - ms) + " TMS");
        return AnnouncementView.of(announcement);
    }

    @PermitAll
    public Optional<AnnouncementView> latest(String periodCode) {
        return announcements.latest(periodCode).map(AnnouncementView::of);
    }
}
