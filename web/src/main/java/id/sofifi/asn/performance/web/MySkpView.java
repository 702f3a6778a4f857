package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.performance.application.AssessmentView;
import id.sofifi.asn.performance.application.Evaluatee;
import id.sofifi.asn.performance.application.EvidenceService;
import id.sofifi.asn.performance.application.EvidenceView;
import id.sofifi.asn.performance.application.PlanView;
import id.sofifi.asn.performance.application.SkpPlanService;
import id.sofifi.asn.performance.application.UnitCurve;
import id.sofifi.asn.performance.application.UnitCurveService;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The SKP section of the signed-in employee's own page: this year's plan (to acknowledge), their latest assessments
 * with their evidence files, and — for an evaluating official — the employees they evaluate this year; for a unit
 * head, the warnings of their unit's distribution curve. The caller's name is their NIP.
 */
@Named
@RequestScoped
public class MySkpView {
    /** Enough for the last year and this year's quarters; the whole history is on the profile's timeline. */
    private static final int SHOWN = 8;

    @EJB
    SkpPlanService plans;

    @EJB
    AssessmentService assessments;

    @EJB
    UnitCurveService curves;

    @EJB
    EvidenceService evidence;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private PlanView plan;
    private List<AssessmentView> latest;
    private List<Evaluatee> evaluatees;
    private List<UnitCurve> curveWarnings;
    private List<EvidenceView> evidenceGiven;

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public int getYear() { return LocalDate.now(clock.withZone(Wit.ZONE)).getYear(); }

    /** This year's plan, or null while the official has set none. */
    public PlanView getPlan() {
        if (plan == null) {
            plan = plans.find(me(), getYear()).orElse(null);
        }
        return plan;
    }

    /** The latest assessments, newest first. */
    public List<AssessmentView> getLatest() {
        if (latest == null) {
            latest = assessments.of(me(), null).stream()
                    .sorted(Comparator.comparing(AssessmentView::year).thenComparing(AssessmentView::period).reversed())
                    .limit(SHOWN).toList();
        }
        return latest;
    }

    public List<Evaluatee> getEvaluatees() {
        if (evaluatees == null) {
            evaluatees = plans.evaluatees(getYear());
        }
        return evaluatees;
    }

    /** The evidence the official attached to one of the employee's assessments. */
    public List<EvidenceView> evidenceOf(AssessmentView a) {
        if (evidenceGiven == null) {
            evidenceGiven = evidence.of(me(), null);
        }
        return evidenceGiven.stream().filter(e -> e.of(a)).toList();
    }

    /** The curve warnings of the unit the employee heads (ASN-RULES §2); none for everyone else. */
    public List<UnitCurve> getCurveWarnings() {
        if (curveWarnings == null) {
            curveWarnings = curves.myUnitWarnings();
        }
        return curveWarnings;
    }

    public void acknowledge() {
        if (UseCase.run(() -> plans.acknowledge(me(), getYear()), "skp.acknowledged", getYear())) {
            plan = null;
        }
    }
}
