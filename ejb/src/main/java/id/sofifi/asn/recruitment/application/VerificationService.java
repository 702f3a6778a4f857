package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.documents.DocumentContent;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.AdministrationResult;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationDocument;
import id.sofifi.asn.recruitment.domain.ApplicationFilter;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import id.sofifi.asn.recruitment.domain.UnmetRequirement;
import id.sofifi.asn.privacy.application.PersonalDataReads;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Verifikasi administrasi: verifiers propose MS or TMS with a reason per unmet requirement;
 * supervisors assign work and confirm or return proposals, never their own (two-person rule). Every
 * step is audited, and every opening of a document too (UU 27/2022). Edits carry the version the
 * editor saw, so the second of two concurrent saves is refused instead of overwriting the first.
 */
@Stateless
@RolesAllowed({Role.VERIFIER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class VerificationService {
    static final String SUBJECT = "Application";

    @Inject
    ApplicationRepository applications;

    @Inject
    DocumentStore store;

    @Inject
    ApplicantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataReads reads;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Page<ApplicationRow> queue(ApplicationFilter filter, PageRequest request) {
        return applications.search(filter, request).map(ApplicationRow::of);
    }

    /** One application as the verification screen shows it; each reading is recorded (§6). */
    public ApplicationView detail(String registrationNumber) {
        Application application = load(registrationNumber);
        reads.record("application.detail", application.registrationNumber(), application.nikHash());
        return ApplicationView.of(application, applications.objectionOf(application));
    }

    /**
     * The full NIK, for the verifier who compares it with the applicant's KTP; every other screen shows it masked.
     * Each showing is recorded as a read of the person's data (§6).
     */
    public String revealNik(String registrationNumber) {
        Application application = load(registrationNumber);
        reads.record("nik.shown", application.registrationNumber(), application.nikHash());
        return application.nik().value();
    }

    /** Hands a batch of applications to one verifier. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public int assign(List<String> registrationNumbers, String verifier) {
        for (String number : registrationNumbers) {
            Application application = load(number);
            String before = application.assignedVerifier();
            application.assignTo(verifier);
            audit.record("verification.assigned", SUBJECT, number, before, verifier,
                    "Lamaran " + number + " ditugaskan kepada " + verifier);
        }
        return registrationNumbers.size();
    }

    @RolesAllowed({Role.VERIFIER_NAME, Role.ADMIN_NAME})
    public ApplicationView propose(String registrationNumber, long version, AdministrationResult result,
            List<UnmetRequirement> unmet) {
        Application application = loadForEdit(registrationNumber, version);
        application.propose(result, unmet, caller(), clock.instant());
        applications.flush(application);
        audit.record("verification.proposed", SUBJECT, registrationNumber, null, result + " " + describe(unmet),
                "Usulan " + result + " untuk " + registrationNumber + describe(unmet));
        return detail(registrationNumber);
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public ApplicationView confirm(String registrationNumber, long version) {
        Application application = loadForEdit(registrationNumber, version);
        AdministrationResult result = application.proposedResult().orElse(null);
        String proposer = application.proposedBy();
        application.confirm(caller(), clock.instant());
        applications.flush(application);
        audit.record("verification.confirmed", SUBJECT, registrationNumber, null, result,
                "Hasil " + result + " untuk " + registrationNumber + " (usulan " + proposer + ") dikonfirmasi");
        mail.step(application, TimelineStep.verified(result), lastNote(application));
        return detail(registrationNumber);
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public ApplicationView sendBack(String registrationNumber, long version, String note) {
        Application application = loadForEdit(registrationNumber, version);
        application.sendBack(caller(), note, clock.instant());
        applications.flush(application);
        audit.record("verification.returned", SUBJECT, registrationNumber, null, note,
                "Usulan untuk " + registrationNumber + " dikembalikan: " + note);
        return detail(registrationNumber);
    }

    /** A document's bytes for the viewer; each opening is audited with who, when and which. */
    public DocumentContent openDocument(long documentId) {
        ApplicationDocument document = applications.document(documentId)
                .orElseThrow(() -> new NotFoundException("document.notFound", documentId));
        String number = document.application().registrationNumber();
        reads.record("document.opened", number + "/" + document.requirementCode(), document.application().nikHash());
        audit.record("document.opened", "ApplicationDocument", number + "/" + document.requirementCode(), null, null,
                "Dokumen " + document.requirementCode() + " lamaran " + number + " dibuka (" + document.sha256() + ")");
        return new DocumentContent(number + "-" + document.requirementCode(), document.mediaType(),
                store.get(document.sha256()));
    }

    private Application loadForEdit(String registrationNumber, long version) {
        Application application = load(registrationNumber);
        application.checkVersion(version);
        return application;
    }

    private Application load(String registrationNumber) {
        return applications.findByNumber(registrationNumber)
                .orElseThrow(() -> new NotFoundException("application.notFound", registrationNumber));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String lastNote(Application application) {
        return application.events().get(application.events().size() - 1).note();
    }

    private static String describe(List<UnmetRequirement> unmet) {
        return unmet.isEmpty()
                ? ""
                : " — " + unmet.stream().map(u -> u.requirementCode() + ": " + u.reason())
                        .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
