package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.AssessmentRepository;
import id.sofifi.asn.performance.domain.Evidence;
import id.sofifi.asn.performance.domain.EvidenceRepository;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.platform.documents.DocumentContent;
import id.sofifi.asn.platform.documents.DocumentInspector;
import id.sofifi.asn.platform.documents.DocumentStore;
import id.sofifi.asn.platform.documents.InspectedDocument;
import id.sofifi.asn.platform.documents.UploadLimit;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bukti dukung penilaian (issue 11): the assessment's official (or an administrator) attaches evidence files, checked
 * by their content and stripped of picture metadata exactly as registration's documents are (the platform's
 * {@link DocumentInspector}), stored once by SHA-256 in the files directory; the official, the employee, their head,
 * staff and agencies list and open them ({@link PlanReaders}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
public class EvidenceService {
    /** The field a refused file is reported under. */
    public static final String FIELD = "evidence";

    @Inject
    AssessmentRepository assessments;

    @Inject
    EvidenceRepository evidence;

    @Inject
    SkpPlanRepository plans;

    @Inject
    EmployeeDirectory employees;

    @Inject
    PlanReaders readers;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The largest file accepted, in bytes, for a screen to stop reading beyond it. */
    public long maxBytes() {
        return UploadLimit.maxBytes();
    }

    /**
     * Attaches a file to the employee's assessment of the period. Refused by field {@value #FIELD}: empty, too
     * large, not a PDF, JPEG or PNG by its content, a damaged picture. No assessment yet is a 404; anyone but its
     * official and administrators a 403.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public EvidenceView attach(String nip, int year, AssessmentPeriod period, String originalName, byte[] content) {
        Assessment assessment = assessment(nip, year, period);
        String caller = session.getCallerPrincipal().getName();
        if (!session.isCallerInRole(Role.ADMIN_NAME) && !assessment.evaluatorNip().strip().equals(caller)) {
            throw new EJBAccessException("only the assessment's evaluating official attaches evidence");
        }
        InspectedDocument document = new DocumentInspector(maxBytes()).inspect(FIELD, content);
        store.put(document.sha256(), document.content());
        Evidence attached = new Evidence(assessment, originalName, document.type().mediaType(), document.size(),
                document.sha256(), caller, clock.instant());
        evidence.add(attached);
        EvidenceView view = EvidenceView.of(attached, assessment);
        audit.record("skp.evidenceAttached", "SkpAssessment", assessment.nip().strip() + "/" + year + "/" + period,
                null, view, "Bukti dukung penilaian " + period + " " + year + ": " + view.fileName() + " (SHA-256 "
                        + view.sha256() + ")");
        return view;
    }

    /**
     * The evidence of the employee's assessments of {@code year} (every year when null), each with its period, for
     * those who may read the assessments.
     */
    public List<EvidenceView> of(String nip, Integer year) {
        String employee = employees.get(nip).nip();
        readers.require(session, employee, year == null ? Optional.empty() : plans.find(employee, year));
        Map<Long, Assessment> rated = assessments.of(employee, year).stream()
                .collect(Collectors.toMap(Assessment::id, a -> a));
        return evidence.of(rated.values()).stream().map(e -> EvidenceView.of(e, rated.get(e.assessmentId()))).toList();
    }

    /** One evidence file's bytes, for those who may read the assessment; an unknown id is a 404. */
    public DocumentContent open(long evidenceId) {
        Evidence file = evidence.find(evidenceId).orElseThrow(() -> new NotFoundException("skp.evidenceNotFound"));
        Assessment assessment = assessments.find(file.assessmentId()).orElseThrow();
        readers.require(session, assessment.nip().strip(), plans.find(assessment.nip().strip(), assessment.year()));
        return new DocumentContent(file.fileName(), file.mediaType(), store.get(file.sha256().strip()));
    }

    private Assessment assessment(String nip, int year, AssessmentPeriod period) {
        String employee = employees.get(nip).nip();
        return assessments.find(employee, year, period)
                .orElseThrow(() -> new NotFoundException("skp.assessmentNotFound", employee, period, year));
    }
}
