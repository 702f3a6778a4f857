package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.documents.DocumentInspector;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.documents.InspectedDocument;
import id.sofifi.asn.platform.documents.UploadLimit;
import id.sofifi.asn.recruitment.domain.Applicant;
import id.sofifi.asn.recruitment.domain.ApplicantRepository;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationDocument;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.DocumentRequirement;
import id.sofifi.asn.recruitment.domain.DocumentRequirementRepository;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.FormationRepository;
import id.sofifi.asn.recruitment.domain.Qualification;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.recruitment.domain.StoredFile;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import id.sofifi.asn.privacy.application.PersonalDataReads;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pendaftaran: an applicant uploads the period's documents and submits one application
 * (ASN-RULES §1.1). Uploads are checked by content and stored at once, so a rejected file never
 * costs what was already entered; submission checks the deadline on the server clock and lets the
 * database's one-NIK-per-year key decide between two simultaneous submissions.
 */
@Stateless
@RolesAllowed(Role.APPLICANT_NAME)
public class RegistrationService {
    static final String SUBJECT = "Application";

    @Inject
    PersonalDataReads reads;

    @Inject
    ApplicantRepository applicants;

    @Inject
    ApplicationRepository applications;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    FormationRepository formations;

    @Inject
    DocumentRequirementRepository requirements;

    @Inject
    DocumentStore store;

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

    @PermitAll
    public List<RequirementView> requirements(String periodCode) {
        return requirements.of(periods.byCode(periodCode)).stream().map(RequirementView::of).toList();
    }

    /** The upload limit in bytes: {@code ASN_UPLOAD_MAX_BYTES}, 2 MB unless configured. */
    @PermitAll
    public long maxUploadBytes() {
        return UploadLimit.maxBytes();
    }

    /** Checks one file by its content, strips image metadata and stores it; the answer goes with the submission. */
    public StoredFile upload(Upload upload) {
        InspectedDocument document = new DocumentInspector(maxUploadBytes())
                .inspect("documents." + upload.requirementCode(), upload.content());
        store.put(document.sha256(), document.content());
        return new StoredFile(upload.requirementCode(), document.type().mediaType(), document.size(), document.sha256(),
                upload.originalName());
    }

    /** Submits the caller's application; answers its registration number. */
    public String submit(String periodCode, String formationCode, Qualification qualification, List<StoredFile> files) {
        Applicant applicant = applicants.find(ApplicationAccess.applicantId(session)).orElseThrow();
        Formation formation = formations.find(periodCode, formationCode)
                .orElseThrow(() -> new NotFoundException("formation.notFound", formationCode, periodCode));
        Map<String, StoredFile> byRequirement = files.stream()
                .collect(Collectors.toMap(StoredFile::requirementCode, Function.identity(), (a, b) -> b));
        Violations violations = new Violations();
        qualification.validate(violations);
        for (DocumentRequirement requirement : requirements.of(formation.period())) {
            StoredFile file = byRequirement.get(requirement.code());
            violations.check(file != null && store.contains(file.sha256()), "documents." + requirement.code(),
                    "application.documentMissing", requirement.name());
        }
        violations.throwIfAny();
        if (applications.appliedInYear(applicant.nik(), formation.period().year())) {
            throw new ConflictException("application.oncePerYear", formation.period().year());
        }
        Application application = Application.submit(applications.nextRegistrationNumber(formation.period()), formation,
                applicant, qualification, clock.instant());
        files.forEach(file -> application.attach(file, clock.instant()));
        applications.add(application);
        audit.record("application.submitted", SUBJECT, application.registrationNumber(), null,
                application.documents().stream().map(ApplicationDocument::sha256).toList(),
                "Lamaran " + application.registrationNumber() + " ke formasi " + formation.code() + " dengan "
                        + files.size() + " dokumen");
        mail.step(application, TimelineStep.SUBMITTED, formation.code());
        return application.registrationNumber();
    }

    public List<ApplicationView> mine() {
        return applications.ofApplicant(ApplicationAccess.applicantId(session)).stream()
                .map(a -> ApplicationView.of(a, applications.objectionOf(a))).toList();
    }

    @PermitAll
    public ApplicationView find(String registrationNumber) {
        Application application = access.readable(session, registrationNumber);
        reads.record("application.read", application.registrationNumber(), application.nikHash());
        return ApplicationView.of(application, applications.objectionOf(application));
    }

    /** The registration card (PDF) with the photo and a QR code of {@code verificationUrl}. */
    @PermitAll
    public byte[] card(String registrationNumber, String verificationUrl) {
        Application a = access.readable(session, registrationNumber);
        byte[] photo = a.documents().stream()
                .filter(d -> d.requirementCode().equals(DocumentRequirement.PHOTO)
                        && !"application/pdf".equals(d.mediaType()))
                .findFirst().map(d -> store.get(d.sha256())).orElse(null);
        return RegistrationCard
                .render(new CardData(PublicRegistration.of(a), a.qualification().education(), photo, verificationUrl));
    }

    /** Public check of a registration card: exists or not, with name and formation only. */
    @PermitAll
    public Optional<PublicRegistration> checkRegistration(String registrationNumber) {
        return applications.findByNumber(registrationNumber).map(PublicRegistration::of);
    }
}
