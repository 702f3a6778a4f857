package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.Objection;
import id.sofifi.asn.recruitment.domain.ObjectionOutcome;
import id.sofifi.asn.recruitment.domain.ObjectionWindow;
import id.sofifi.asn.recruitment.domain.ObjectionWindowRepository;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Sanggah: the applicant's one objection to the announced result, and the panel's answer (ASN-RULES §1.2). */
@Stateless
public class ObjectionService {
    static final String SUBJECT = "Objection";

    @Inject
    ApplicationRepository applications;

    @Inject
    ObjectionWindowRepository windows;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.APPLICANT_NAME)
    public ApplicationView file(String registrationNumber, String reason) {
        Application application = access.readable(session, registrationNumber);
        ObjectionWindow window = windows.of(application.period())
                .orElseThrow(() -> new ConflictException("objection.notAnnounced"));
        if (applications.objectionOf(application).isPresent()) {
            throw new ConflictException("objection.once");
        }
        Objection objection = Objection.file(application, window, reason, clock.instant());
        applications.addObjection(objection);
        audit.record("objection.filed", SUBJECT, registrationNumber, null, objection.reason(),
                "Sanggahan atas hasil " + application.status() + " lamaran " + registrationNumber + " diajukan");
        mail.step(application, TimelineStep.OBJECTION_FILED, null);
        return ApplicationView.of(application, applications.objectionOf(application));
    }

    /** When the objection window of the application's period closes; empty while nothing is announced. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Optional<Instant> windowCloses(String registrationNumber) {
        return windows.of(access.readable(session, registrationNumber).period()).map(ObjectionWindow::closesAt);
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public ApplicationView answer(String registrationNumber, long version, ObjectionOutcome outcome, String answer) {
        Application application = applications.findByNumber(registrationNumber)
                .orElseThrow(() -> new NotFoundException("application.notFound", registrationNumber));
        Objection objection = applications.objectionOf(application)
                .orElseThrow(() -> new NotFoundException("objection.notFound", registrationNumber));
        objection.checkVersion(version);
        var before = application.status();
        objection.answer(outcome, answer, session.getCallerPrincipal().getName(), clock.instant());
        applications.flush(application);
        audit.record("objection.answered", SUBJECT, registrationNumber, before, application.status(),
                "Sanggahan " + registrationNumber + " "
                        + (outcome == ObjectionOutcome.ACCEPTED ? "diterima" : "ditolak") + ": " + objection.answer()
                        + " (hasil " + before + " → " + application.status() + ")");
        mail.step(application,
                outcome == ObjectionOutcome.ACCEPTED
                        ? TimelineStep.OBJECTION_ACCEPTED
                        : TimelineStep.OBJECTION_REJECTED,
                objection.answer());
        return ApplicationView.of(application, applications.objectionOf(application));
    }

    @RolesAllowed({Role.VERIFIER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public Page<ApplicationView> list(String periodCode, boolean unansweredOnly, PageRequest request) {
        return applications.objections(periodCode, unansweredOnly, request)
                .map(o -> ApplicationView.of(o.application(), Optional.of(o)));
    }
}
