package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.ObjectionWindow;
import id.sofifi.asn.recruitment.domain.ObjectionWindowRepository;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import id.sofifi.asn.selection.domain.AnnouncementPreparing;
import id.sofifi.asn.selection.domain.AnnouncementPublished;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Recruitment's part in the announcement of the administrative result, which selection publishes as a
 * hash-chained ADMINISTRATION announcement. Recruitment owns the results it lists, so it refuses a draft
 * (and its approval) while an application is undecided or an objection unanswered; and it owns the
 * objection (sanggah), so the first publication opens the window and puts ANNOUNCED on every decided
 * applicant's timeline. Corrections after answered objections leave the window as it was. The observers
 * run inside selection's transaction: publication and its consequences commit or roll back together.
 */
@ApplicationScoped
public class AdministrationAnnouncements {
    @Inject
    ApplicationRepository applications;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    ObjectionWindowRepository windows;

    @Inject
    ApplicantMail mail;

    @Inject
    AuditTrail audit;

    void refuseUnlessFinal(@Observes AnnouncementPreparing preparing) {
        if (preparing.stage() == AnnouncementStage.ADMINISTRATION) {
            refuseUnlessFinal(period(preparing.periodId()));
        }
    }

    void announced(@Observes AnnouncementPublished published) {
        if (published.stage() != AnnouncementStage.ADMINISTRATION) {
            return;
        }
        SelectionPeriod period = period(published.periodId());
        refuseUnlessFinal(period);
        if (published.isCorrection() || windows.of(period).isPresent()) {
            return;
        }
        ObjectionWindow window = ObjectionWindow.open(period, published.announcementId(), published.publishedAt());
        windows.add(window);
        applications.decided(period).forEach(a -> {
            a.announce(published.publishedAt());
            mail.step(a, TimelineStep.ANNOUNCED, null);
        });
        audit.record("objection.windowOpened", "ObjectionWindow", period.code(), null, window.closesAt(),
                "Masa sanggah " + period.code() + " dibuka oleh pengumuman #" + published.announcementId() + " sampai "
                        + window.closesAt());
    }

    private void refuseUnlessFinal(SelectionPeriod period) {
        long undecided = applications.countUndecided(period);
        if (undecided > 0) {
            throw new ConflictException("announcement.undecided", undecided);
        }
        if (applications.countUnansweredObjections(period) > 0) {
            throw new ConflictException("announcement.objectionsOpen");
        }
    }

    private SelectionPeriod period(long id) {
        return periods.find(id).orElseThrow();
    }
}
