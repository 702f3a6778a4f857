package id.sofifi.asn.performance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.application.ComplaintDigest;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.oversight.domain.ComplaintKind;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.Reporter;
import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.performance.application.CitizensInput;
import id.sofifi.asn.performance.application.CitizensInputService;
import id.sofifi.asn.performance.application.EvaluatorService;
import id.sofifi.asn.performance.application.EvaluatorView;
import id.sofifi.asn.performance.application.EvidenceService;
import id.sofifi.asn.performance.application.EvidenceView;
import id.sofifi.asn.performance.application.PlanDraft;
import id.sofifi.asn.performance.application.SkpPlanService;
import id.sofifi.asn.performance.application.UnitCurve;
import id.sofifi.asn.performance.application.UnitCurveService;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.Rating;
import id.sofifi.asn.performance.domain.Ratings;
import id.sofifi.asn.performance.domain.WorkIndicator;
import id.sofifi.asn.platform.documents.DocumentContent;
import id.sofifi.asn.servicequality.application.IkmView;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.SurveyService;
import id.sofifi.asn.servicequality.application.SurveySubmission;
import id.sofifi.asn.servicequality.domain.AgeBand;
import id.sofifi.asn.servicequality.domain.Education;
import id.sofifi.asn.servicequality.domain.Occupation;
import id.sofifi.asn.servicequality.domain.Respondent;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import id.sofifi.asn.system.TestImages;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SKP appraisal of issue 11 inside the deployed application, through the use cases' own security as an
 * administrator: assigning the evaluating official (never the employee themself, ASN-RULES §2), evidence checked by
 * content and stripped as registration's documents, and the citizens' input (IKM and complaints) about the unit.
 */
@ExtendWith(ArquillianExtension.class)
class SkpAppraisalIT {
    private static final int YEAR = LocalDate.now(Wit.ZONE).getYear();
    private static final AssessmentPeriod NOW_PERIOD = AssessmentPeriod
            .values()[(LocalDate.now(Wit.ZONE).getMonthValue() - 1) / 3];

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(SkpAppraisalIT.class, SkpFixtures.class, TestImages.class));
    }

    @EJB(lookup = "java:app/ejb/EvaluatorService")
    EvaluatorService evaluators;

    @EJB(lookup = "java:app/ejb/SkpPlanService")
    SkpPlanService plans;

    @EJB(lookup = "java:app/ejb/AssessmentService")
    AssessmentService assessments;

    @EJB(lookup = "java:app/ejb/EvidenceService")
    EvidenceService evidence;

    @EJB(lookup = "java:app/ejb/UnitCurveService")
    UnitCurveService curves;

    @EJB(lookup = "java:app/ejb/CitizensInputService")
    CitizensInputService citizens;

    @EJB(lookup = "java:app/ejb/ServiceUnitService")
    ServiceUnitService serviceUnits;

    @EJB(lookup = "java:app/ejb/SurveyService")
    SurveyService surveys;

    @EJB(lookup = "java:app/ejb/ComplaintService")
    ComplaintService complaints;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** A unit without a head: its staff member (in the bidang, NIP first) and another employee (in the OPD). */
    private List<String> staffAndOfficial(String code) throws Exception {
        transaction.begin();
        SkpFixtures.unitWithBidang(em, code);
        List<String> nips = List.of(SkpFixtures.employee(em, code, 1, code + "-B"),
                SkpFixtures.employee(em, code, 2, code));
        transaction.commit();
        return nips;
    }

    /** The fields and message keys of the refusal {@code action} meets. */
    private List<String> refused(Callable<?> action) {
        return assertThrows(ValidationFailure.class, () -> admin.call(action)).violations().stream()
                .map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    private void planAndRate(String staff) throws Exception {
        admin.call(() -> plans.set(staff, YEAR, new PlanDraft(null,
                List.of(new WorkIndicator("Dokumen analisis jabatan tersusun", "12 dokumen")), "Akuntabel")));
        admin.call(() -> assessments.rate(staff, YEAR, NOW_PERIOD, Ratings.of(Rating.AS_EXPECTED, Rating.ABOVE)));
    }

    @Test
    @DisplayName("§2 / issue 11: the administrator assigns another employee as official, never the employee themself;"
            + " the plan names them; clearing leaves a unit without head without an official")
    void assignment() throws Exception {
        List<String> nips = staffAndOfficial(SystemTest.unique("EV"));
        String staff = nips.get(0);
        String official = nips.get(1);
        assertEquals(List.of("evaluatorNip:skp.selfEvaluation"), refused(() -> evaluators.assign(staff, staff)));
        assertEquals(List.of("evaluatorNip:employee.notFound"),
                refused(() -> evaluators.assign(staff, "199001012020011996")));
        EvaluatorView assigned = admin.call(() -> evaluators.assign(staff, official));
        assertEquals(official, assigned.officialNip());
        assertTrue(assigned.assigned());
        planAndRate(staff);
        assertEquals(official, admin.call(() -> plans.find(staff, YEAR)).orElseThrow().evaluatorNip(),
                "the plan set without naming an official names the assigned one");
        assertEquals(official, admin.call(() -> assessments.of(staff, YEAR)).get(0).evaluatorNip(),
                "an administrator's rating is given in the official's name");
        EvaluatorView cleared = admin.call(() -> evaluators.clear(staff));
        assertFalse(cleared.assigned());
        assertNull(cleared.officialNip(), "the unit has no head");
    }

    @Test
    @DisplayName("Issue 11 evidence: a PDF is stored as registration stores it, a JPEG loses its EXIF, a renamed .exe"
            + " and an empty file are refused by field; the official's list shows what was stored")
    void evidenceUploads() throws Exception {
        List<String> nips = staffAndOfficial(SystemTest.unique("BK"));
        String staff = nips.get(0);
        admin.call(() -> evaluators.assign(staff, nips.get(1)));
        planAndRate(staff);

        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        EvidenceView stored = admin.call(() -> evidence.attach(staff, YEAR, NOW_PERIOD, "C:\\dok\\laporan.pdf", pdf));
        assertEquals("laporan.pdf", stored.fileName(), "without the browser's path");
        assertEquals("application/pdf", stored.mediaType());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stored.sha256());
        DocumentContent read = admin.call(() -> evidence.open(stored.id()));
        assertArrayEquals(pdf, read.content());

        byte[] photo = TestImages.withExif(TestImages.picture("jpeg"), "GPS-SOFIFI-0.7N-127.5E");
        EvidenceView picture = admin.call(() -> evidence.attach(staff, YEAR, NOW_PERIOD, "foto.jpg", photo));
        assertEquals("image/jpeg", picture.mediaType());
        byte[] kept = admin.call(() -> evidence.open(picture.id())).content();
        String keptText = new String(kept, StandardCharsets.ISO_8859_1);
        assertFalse(keptText.contains("Exif") || keptText.contains("GPS-SOFIFI"), "the EXIF segment is gone");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(kept)), "still a picture");

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(List.of("evidence:upload.type"),
                refused(() -> evidence.attach(staff, YEAR, NOW_PERIOD, "laporan.pdf", exe)));
        assertEquals(List.of("evidence:upload.empty"),
                refused(() -> evidence.attach(staff, YEAR, NOW_PERIOD, "kosong.pdf", new byte[0])));
        assertEquals(List.of(stored.id(), picture.id()),
                admin.call(() -> evidence.of(staff, YEAR)).stream().map(EvidenceView::id).toList(),
                "nothing of the refused files was kept");
    }

    @Test
    @DisplayName("§2 citizens' input: the IKM of the service unit of the employee's OPD and the complaint about it in"
            + " the period, for the employee placed in its bidang")
    void citizensInput() throws Exception {
        String unit = SystemTest.unique("CI");
        List<String> nips = staffAndOfficial(unit);
        String serviceUnit = unit.replace("CI-", "LY");
        admin.call(() -> serviceUnits.create(serviceUnit, "Loket Uji Masukan", unit, 1000));
        LocalDate today = LocalDate.now(Wit.ZONE);
        Respondent respondent = new Respondent(Sex.F, AgeBand.AGE_30_39, Education.S1, Occupation.ENTREPRENEUR);
        surveys.submit(new SurveySubmission(serviceUnit, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4), today, null, respondent,
                "10.9.8.7", null));
        String tracking = complaints.file(new Filing(ComplaintKind.COMPLAINT, Privacy.PUBLIC, "Antrean loket lama",
                "Menunggu dua jam di loket tanpa kejelasan.", unit, null, new Reporter("Warga Uji", null, null)))
                .complaint().trackingCode();

        CitizensInput input = admin.call(() -> citizens.of(nips.get(0), YEAR, NOW_PERIOD));
        assertEquals(List.of(unit + "-B", unit), input.workUnitCodes());
        assertEquals(NOW_PERIOD.start(YEAR), input.from());
        IkmView ikm = input.ikm().stream().filter(i -> i.unit().code().equals(serviceUnit)).findFirst().orElseThrow();
        assertEquals(1, ikm.respondents());
        assertEquals("4.0000", ikm.ikm().toPlainString(), "§3: every element answered 4");
        List<ComplaintDigest> about = input.complaints();
        assertEquals(1, about.size(), about.toString());
        assertEquals(tracking, about.get(0).trackingCode());
        assertEquals("Antrean loket lama", about.get(0).title());
    }

    @Test
    @DisplayName("Demo data: last year's rated units, at least one breaking its §2 curve for the BKD and its head, and"
            + " an annual assessment with an evidence PDF")
    void demoData() throws Exception {
        List<UnitCurve> lastYear = admin.call(() -> curves.curves(YEAR - 1));
        assertTrue(lastYear.stream().anyMatch(c -> !c.warnings().isEmpty()), lastYear.toString());
        Number withEvidence = (Number) em.createNativeQuery("SELECT COUNT(*) FROM skp_evidence e JOIN skp_assessment a"
                + " ON a.id = e.assessment_id WHERE a.assessment_year = ?1 AND a.period = 'ANNUAL'"
                + " AND e.media_type = 'application/pdf'").setParameter(1, YEAR - 1).getSingleResult();
        assertEquals(1, withEvidence.intValue());
    }
}
