package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.performance.application.AssessmentView;
import id.sofifi.asn.performance.application.CitizensInput;
import id.sofifi.asn.performance.application.CitizensInputService;
import id.sofifi.asn.performance.application.EvidenceService;
import id.sofifi.asn.performance.application.EvidenceView;
import id.sofifi.asn.performance.application.PlanDraft;
import id.sofifi.asn.performance.application.PlanView;
import id.sofifi.asn.performance.application.SkpPlanService;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.BerakhlakValue;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.Rating;
import id.sofifi.asn.performance.domain.Ratings;
import id.sofifi.asn.performance.domain.WorkIndicator;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.platform.web.UploadedParts;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Penilaian SKP by the evaluating official ({@code /asn/skp.xhtml?nip=}): the employee's plan of the year (set or
 * revised here), the period's ratings of work results and behaviour with a note per BerAKHLAK value and the feedback,
 * and the predicate the §2 matrix gives the two ratings, shown once sent (the portal's pages carry no scripts; the use
 * case computes it again when saved, never taking it from the screen), and beside them the citizens' input about the employee's unit in the
 * period (IKM and complaints, as evidence); the evidence files of each assessment, and an upload to attach one.
 * Who may do what the use cases decide.
 */
@Named
@ViewScoped
public class SkpRatingView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INDICATOR_ROWS = 5;

    @EJB
    SkpPlanService plans;

    @EJB
    AssessmentService assessments;

    @EJB
    EmployeeDirectory directory;

    @EJB
    CitizensInputService citizens;

    @EJB
    EvidenceService evidence;

    /** Read in the view action only, so never needed after the view is restored. */
    @Inject
    transient Clock clock;

    private String nip;
    private int year;
    private EmployeeFacts employee;
    private PlanView plan;
    private List<AssessmentView> given = List.of();
    private List<EvidenceView> evidenceGiven = List.of();
    private AssessmentPeriod evidencePeriod;
    /** The file chosen in this request; never kept with the view. */
    private transient Part evidenceFile;
    private boolean denied;
    /** The citizens' input of {@link #citizensPeriod}, read again when the official picks another period. */
    private CitizensInput citizensInput;
    private AssessmentPeriod citizensPeriod;

    private final List<IndicatorRow> indicators = new ArrayList<>();
    private String behaviourExpectations;

    private AssessmentPeriod period;
    private Rating results;
    private Rating behaviour;
    private final Map<BerakhlakValue, String> notes = new EnumMap<>(BerakhlakValue.class);
    private String feedback;

    /** Loads the employee, the plan and the assessments of this year; the view action of the page. */
    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        year = today.getYear();
        period = AssessmentPeriod.values()[(today.getMonthValue() - 1) / 3];
        try {
            employee = directory.get(nip);
            denied = !plans.evaluates(nip, year);
            if (!denied) {
                reload();
            }
        } catch (EJBAccessException e) {
            denied = true;
        } catch (NotFoundException e) {
            employee = null;
            FacesMessages.refused(e);
        }
        indicators.clear();
        if (plan != null) {
            plan.indicators().forEach(i -> indicators.add(new IndicatorRow(i.description(), i.target())));
            behaviourExpectations = plan.behaviourExpectations();
        }
        IntStream.range(indicators.size(), INDICATOR_ROWS).forEach(i -> indicators.add(new IndicatorRow()));
    }

    private void reload() {
        plan = plans.find(nip, year).orElse(null);
        given = assessments.of(nip, year);
        evidenceGiven = evidence.of(nip, year);
    }

    /** Attaches the chosen file to the assessment of the chosen period, refused with the reason by field. */
    public void attach() {
        if (!UploadedParts.chosen(evidenceFile)) {
            FacesMessages.error("skp.evidenceChoose");
            return;
        }
        byte[] content = UploadedParts.read(evidenceFile, evidence.maxBytes());
        String name = evidenceFile.getSubmittedFileName();
        if (UseCase.run(() -> evidence.attach(nip, year, evidencePeriod, name, content), "skp.evidenceAttached",
                name)) {
            reload();
        }
    }

    /** The evidence of one of this year's assessments. */
    public List<EvidenceView> evidenceOf(AssessmentView a) {
        return evidenceGiven.stream().filter(e -> e.of(a)).toList();
    }

    public void savePlan() {
        List<WorkIndicator> filled = indicators.stream().filter(r -> !r.blank())
                .map(r -> new WorkIndicator(r.getDescription(), r.getTarget())).toList();
        if (UseCase.run(() -> plans.set(nip, year, new PlanDraft(null, filled, behaviourExpectations)), "skp.planSaved",
                year)) {
            reload();
        }
    }

    public void rate() {
        if (UseCase.run(() -> assessments.rate(nip, year, period, new Ratings(results, behaviour, notes, feedback)),
                "skp.ratingSaved", Texts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                        "performance.period." + period.name()),
                year)) {
            reload();
        }
    }

    /** The IKM and complaints about the employee's unit in the chosen period: evidence shown, not a score (§2). */
    public CitizensInput getCitizensInput() {
        // a post without the period (a form sent by a script) keeps the period shown
        if (citizensInput == null || period != null && citizensPeriod != period) {
            citizensPeriod = period == null ? citizensPeriod : period;
            citizensInput = citizens.of(nip, year, citizensPeriod);
        }
        return citizensInput;
    }

    /** The predicate of the chosen ratings (§2 matrix), or null until both are chosen. */
    public Predicate getPredicate() {
        return results == null || behaviour == null ? null : Predicate.of(results, behaviour);
    }

    public Rating[] getRatings() { return Rating.values(); }

    public AssessmentPeriod[] getPeriods() { return AssessmentPeriod.values(); }

    public BerakhlakValue[] getValues() { return BerakhlakValue.values(); }

    public String getNip() { return nip; }

    public void setNip(String nip) { this.nip = nip; }

    public int getYear() { return year; }

    public EmployeeFacts getEmployee() { return employee; }

    public PlanView getPlan() { return plan; }

    public List<AssessmentView> getGiven() { return given; }

    public boolean isDenied() { return denied; }

    public AssessmentPeriod getEvidencePeriod() { return evidencePeriod; }

    public void setEvidencePeriod(AssessmentPeriod evidencePeriod) { this.evidencePeriod = evidencePeriod; }

    public Part getEvidenceFile() { return evidenceFile; }

    public void setEvidenceFile(Part evidenceFile) { this.evidenceFile = evidenceFile; }

    public List<IndicatorRow> getIndicators() { return indicators; }

    public String getBehaviourExpectations() { return behaviourExpectations; }

    public void setBehaviourExpectations(String behaviourExpectations) {
        this.behaviourExpectations = behaviourExpectations;
    }

    public AssessmentPeriod getPeriod() { return period; }

    public void setPeriod(AssessmentPeriod period) { this.period = period; }

    public Rating getResults() { return results; }

    public void setResults(Rating results) { this.results = results; }

    public Rating getBehaviour() { return behaviour; }

    public void setBehaviour(Rating behaviour) { this.behaviour = behaviour; }

    public Map<BerakhlakValue, String> getNotes() { return notes; }

    public String getFeedback() { return feedback; }

    public void setFeedback(String feedback) { this.feedback = feedback; }
}
