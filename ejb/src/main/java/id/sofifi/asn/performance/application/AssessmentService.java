package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.AssessmentRepository;
import id.sofifi.asn.performance.domain.DistributionCurve;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.Ratings;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.EmployeeSummary;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Penilaian kinerja (ASN-RULES §2): the plan's evaluating official rates a period of the plan's year, and the
 * predicate follows from the §2 matrix; staff, agencies, the employee and their head read an employee's assessments
 * (workforce's {@link OwnRecords} rule); the administrator and the unit's head see whether the unit's annual
 * predicates keep the curve of the organisation's rating.
 */
@Stateless
public class AssessmentService {
    @Inject
    AssessmentRepository assessments;

    @Inject
    SkpPlanRepository plans;

    @Inject
    EmployeeDirectory employees;

    @EJB
    EmployeeService staff;

    @Inject
    OwnRecords ownRecords;

    @Inject
    PlanReaders readers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The plan's official, signed in, rates {@code period} of the employee's plan of {@code year} (again: the ratings
     * are replaced, an imported assessment included); an administrator may enter the rating in the official's name
     * (audited as the administrator's act). The plan's official is the assigned official or the head when the plan
     * was set, and follows a later assignment ({@link EvaluatorService}). Without a plan there is nothing to rate
     * against (404); anyone else is refused (403).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public AssessmentView rate(String nip, int year, AssessmentPeriod period, Ratings ratings) {
        String employee = employees.get(nip).nip();
        SkpPlan plan = plans.find(employee, year)
                .orElseThrow(() -> new NotFoundException("skp.planNotFound", employee, year));
        String official = plan.evaluatorNip().strip();
        if (!session.isCallerInRole(Role.ADMIN_NAME) && !official.equals(session.getCallerPrincipal().getName())) {
            throw new EJBAccessException("only the plan's evaluating official rates it");
        }
        Optional<Assessment> existing = assessments.find(employee, year, period);
        AssessmentView before = existing.map(AssessmentView::of).orElse(null);
        Assessment assessment;
        if (existing.isPresent()) {
            assessment = existing.get();
            assessment.rate(official, ratings, clock.instant());
        } else {
            assessment = new Assessment(plan, period, ratings, clock.instant());
            assessments.add(assessment);
        }
        AssessmentView after = AssessmentView.of(assessment);
        audit.record("skp.rated", "SkpAssessment", employee + "/" + year + "/" + period, before, after,
                "Penilaian SKP " + period + " " + year + ": hasil kerja " + after.results() + ", perilaku "
                        + after.behaviour() + ", predikat " + after.predicate());
        return after;
    }

    /**
     * The employee's assessments of {@code year} (every year when null), by year and period: for staff, agencies, the
     * employee, their head, and the official of the year's plan.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public List<AssessmentView> of(String nip, Integer year) {
        String employee = employees.get(nip).nip();
        readers.require(session, employee, year == null ? Optional.empty() : plans.find(employee, year));
        return assessments.of(employee, year).stream().map(AssessmentView::of).toList();
    }

    /**
     * The annual predicates of {@code year} of everyone placed in the unit (and below it) against the curve of the
     * organisation's rating {@code organisationRating} ({@link DistributionCurve#STANDARD}), for the administrator and
     * the head of the unit or of one above it. An unknown unit has no staff, as in development's JP compliance.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public UnitCurve curve(String workUnitCode, int year, Predicate organisationRating) {
        return distribution(workUnitCode, year, AssessmentPeriod.ANNUAL, organisationRating);
    }

    /**
     * As {@link #curve}, over the predicates of any period of the year: a quarter's for the periodic evaluation
     * report of that quarter.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public UnitCurve distribution(String workUnitCode, int year, AssessmentPeriod period,
            Predicate organisationRating) {
        ownRecords.requireUnit(session, workUnitCode, Role.ADMIN_NAME);
        List<String> nips = staff.placedIn(workUnitCode).stream().map(EmployeeSummary::nip).toList();
        List<Predicate> predicates = assessments.predicatesOf(nips, year, period);
        Map<Predicate, Long> counts = new EnumMap<>(Predicate.class);
        predicates.forEach(p -> counts.merge(p, 1L, Long::sum));
        return new UnitCurve(workUnitCode.strip(), year, organisationRating, nips.size(), counts,
                DistributionCurve.STANDARD.check(organisationRating, predicates));
    }
}
