package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lamaran: one person's application to one formation of a period, with the documents they uploaded.
 * Life cycle: submitted on the portal (or imported) → a verifier proposes MS or TMS, with a reason
 * per unmet requirement → a supervisor, who must be someone else, confirms it (it becomes the result)
 * or sends it back → the result is announced → within the objection window the applicant may object
 * once; an accepted objection turns TMS into MS. Every step lands on the applicant's timeline.
 *
 * <p>Longer than 300 lines on purpose: it maps the 25 columns of one table, each with its accessor, and
 * the rules above are about 100 lines of it. Grouping columns into embeddables would rename the paths
 * ({@code a.status}, {@code a.fullName}, {@code a.proposedResult}) that queries of several contexts use,
 * and a query still naming the old path fails only at run time; the state machine is kept whole here so
 * that {@link ExternalResults} has one rule to match.
 */
@Entity
@Table(name = "application")
public class Application {
    /** The timeline note of a result decided by the exporting system. */
    public static final String EXTERNAL_RESULT_NOTE = "Hasil dari sistem pendaftaran asal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_number", nullable = false, unique = true, length = 30)
    private String registrationNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private SelectionPeriod period;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @ManyToOne(optional = false)
    @JoinColumn(name = "formation_id", nullable = false)
    private Formation formation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_id")
    private Applicant applicant;

    @Embedded
    private SealedNik nik;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(length = 200)
    private String email;

    @Column(nullable = false, length = 200)
    private String education;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal gpa;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApplicationSource source;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    @Column(name = "assigned_verifier", length = 100)
    private String assignedVerifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_result", length = 3)
    private AdministrationResult proposedResult;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "return_note", length = 1000)
    private String returnNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "application_unmet_requirement", joinColumns = @JoinColumn(name = "application_id"))
    private List<UnmetRequirement> unmetRequirements = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requirementCode")
    private List<ApplicationDocument> documents = new ArrayList<>();

    /** §6: documents deleted under the retention schedule; written only by the retention sweep. */
    @OneToMany(mappedBy = "application")
    @OrderBy("requirementCode")
    private List<DeletedDocument> deletedDocuments = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
    }

    public Application(String registrationNumber, Formation formation, ApplicantIdentity identity,
            Qualification qualification, ApplicationSource source, Instant now) {
        this.registrationNumber = registrationNumber;
        this.formation = formation;
        this.period = formation.period();
        this.fiscalYear = period.year();
        this.source = source;
        this.submittedAt = now;
        recordApplicant(identity, qualification);
        events.add(new ApplicationEvent(this, now, TimelineStep.SUBMITTED, formation.code()));
    }

    /** The portal's way in: the applicant's own account, while the period is open to the second. */
    public static Application submit(String registrationNumber, Formation formation, Applicant applicant,
            Qualification qualification, Instant now) {
        if (!applicant.emailConfirmed()) {
            throw new DomainException("application.emailUnconfirmed");
        }
        if (formation.period().statusAt(now) != PeriodStatus.OPEN) {
            throw new ConflictException("application.registrationClosed");
        }
        Application application = new Application(registrationNumber, formation, ApplicantIdentity.of(applicant),
                qualification, ApplicationSource.PORTAL, now);
        application.applicant = applicant;
        return application;
    }

    /** Copies who applied and with what qualification, so the record stays as it was submitted. */
    private void recordApplicant(ApplicantIdentity identity, Qualification qualification) {
        this.nik = SealedNik.of(identity.nik());
        this.fullName = identity.fullName();
        this.birthDate = identity.birthDate();
        this.sex = identity.sex();
        this.email = identity.email();
        this.education = qualification.education();
        this.gpa = qualification.gpa();
    }

    public void attach(StoredFile file, Instant now) {
        documents.removeIf(d -> d.requirementCode().equals(file.requirementCode()));
        documents.add(new ApplicationDocument(this, file, now));
    }

    /**
     * A result decided by the exporting system: recorded as final, without the two-person step here. A
     * proposal still pending here is withdrawn with its reasons, so no one can confirm over the result.
     * The bulk import applies the same transition in one statement, {@link ExternalResults#RECORD}; a
     * system test holds the two to the same outcome.
     */
    public void recordExternalResult(AdministrationResult result, String actor, Instant now) {
        if (status != result.status()) {
            status = result.status();
            decidedBy = actor;
            decidedAt = now;
            proposedResult = null;
            proposedBy = null;
            proposedAt = null;
            unmetRequirements.clear();
            events.add(new ApplicationEvent(this, now, TimelineStep.verified(result), EXTERNAL_RESULT_NOTE));
        }
    }

    public void assignTo(String verifier) {
        requireStatus(ApplicationStatus.SUBMITTED);
        assignedVerifier = verifier;
    }

    /** The verifier's verdict, waiting for a supervisor. TMS needs a reason per unmet requirement; MS none. */
    public void propose(AdministrationResult result, List<UnmetRequirement> unmet, String verifier, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED);
        if (proposedResult != null) {
            throw new ConflictException("verification.alreadyProposed", registrationNumber);
        }
        if (assignedVerifier != null && !assignedVerifier.equals(verifier)) {
            throw new DomainException("verification.assignedToOther", assignedVerifier);
        }
        if (result == AdministrationResult.TMS && unmet.isEmpty()) {
            throw new DomainException("verification.reasonRequired");
        }
        if (result == AdministrationResult.MS && !unmet.isEmpty()) {
            throw new DomainException("verification.msWithReasons");
        }
        unmetRequirements.clear();
        unmetRequirements.addAll(unmet);
        proposedResult = result;
        proposedBy = verifier;
        proposedAt = now;
        returnNote = null;
    }

    /** Makes the proposal the result: a second pair of eyes, never the proposer's own. */
    public void confirm(String supervisor, Instant now) {
        requirePendingProposalReviewedBy(supervisor);
        AdministrationResult result = proposedResult;
        status = result.status();
        decidedBy = supervisor;
        decidedAt = now;
        proposedResult = null;
        events.add(new ApplicationEvent(this, now, TimelineStep.verified(result), reasonsText()));
    }

    /** Sends the proposal back to the verifier with a note; the application awaits a new proposal. */
    public void sendBack(String supervisor, String note, Instant now) {
        requirePendingProposalReviewedBy(supervisor);
        if (note == null || note.isBlank()) {
            throw new DomainException("verification.noteRequired");
        }
        proposedResult = null;
        returnNote = note.strip();
    }

    /** The panel's own error, found on objection: the result becomes MS (ASN-RULES §1.2). */
    void acceptObjection(String answer, Instant now) {
        status = ApplicationStatus.MS;
        unmetRequirements.clear();
        events.add(new ApplicationEvent(this, now, TimelineStep.OBJECTION_ACCEPTED, answer));
    }

    /** The decided result was published; the applicant learns it from their timeline. */
    public void announce(Instant now) {
        note(TimelineStep.ANNOUNCED, status.name(), now);
    }

    /** The applicant was appointed CPNS (workforce's appointment); {@code note} names the NIP and the TMT. */
    public void appointed(String note, Instant now) {
        note(TimelineStep.APPOINTED, note, now);
    }

    void note(TimelineStep step, String note, Instant now) {
        events.add(new ApplicationEvent(this, now, step, note));
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    private void requirePendingProposalReviewedBy(String supervisor) {
        requireStatus(ApplicationStatus.SUBMITTED);
        if (proposedResult == null) {
            throw new ConflictException("verification.nothingToConfirm", registrationNumber);
        }
        if (supervisor.equals(proposedBy)) {
            throw new DomainException("verification.samePerson");
        }
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new ConflictException("verification.alreadyDecided", registrationNumber);
        }
    }

    private String reasonsText() {
        return unmetRequirements.isEmpty()
                ? null
                : unmetRequirements.stream().map(u -> u.requirementCode() + ": " + u.reason())
                        .collect(Collectors.joining("; "));
    }

    public Long id() {
        return id;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public SelectionPeriod period() {
        return period;
    }

    public Formation formation() {
        return formation;
    }

    public Optional<Applicant> applicant() {
        return Optional.ofNullable(applicant);
    }

    public Nik nik() {
        return nik.open();
    }

    /** The NIK's keyed hash: whose data a read touched (§6), without opening the NIK. */
    public String nikHash() {
        return nik.hash();
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String email() {
        return email;
    }

    public Qualification qualification() {
        return new Qualification(education, gpa);
    }

    public ApplicationSource source() {
        return source;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String assignedVerifier() {
        return assignedVerifier;
    }

    public Optional<AdministrationResult> proposedResult() {
        return Optional.ofNullable(proposedResult);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String returnNote() {
        return returnNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<UnmetRequirement> unmetRequirements() {
        return List.copyOf(unmetRequirements);
    }

    public List<DeletedDocument> deletedDocuments() {
        return List.copyOf(deletedDocuments);
    }

    public List<ApplicationDocument> documents() {
        return List.copyOf(documents);
    }

    public List<ApplicationEvent> events() {
        return List.copyOf(events);
    }

    public long version() {
        return version;
    }
}
