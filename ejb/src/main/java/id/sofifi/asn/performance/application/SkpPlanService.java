package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.performance.domain.EvaluatorAssignmentRepository;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rencana SKP (ASN-RULES §2). The evaluating official is the employee's head (workforce's
 * {@link EmployeeDirectory#headOf}) unless an administrator assigns another employee ({@link EvaluatorService});
 * never the employee themself. An
 * administrator sets any plan; an employee signed in sets the plan of someone they evaluate (the plan's official; for
 * a plan not yet set, the employee's head), always as its official. The employee acknowledges their plan.
 */
@Stateless
public class SkpPlanService {
    @Inject
    SkpPlanRepository plans;

    @Inject
    EmployeeDirectory employees;

    @Inject
    OwnRecords ownRecords;

    @Inject
    PlanReaders readers;

    @Inject
    EvaluatingOfficials officials;

    @Inject
    EvaluatorAssignmentRepository assignments;

    @EJB
    EmployeeService staff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Sets (or revises) the employee's plan of {@code year}; a revised plan waits for the employee again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public PlanView set(String nip, int year, PlanDraft draft) {
        EmployeeFacts employee = employees.get(nip);
        SkpYear.check(year, clock);
        Optional<SkpPlan> existing = plans.find(employee.nip(), year);
        String evaluator = session.isCallerInRole(Role.ADMIN_NAME)
                ? assigned(employee, draft.evaluatorNip())
                : evaluatingCaller(employee, existing, draft.evaluatorNip());
        SkpPlan plan;
        if (existing.isPresent()) {
            plan = existing.get();
            plan.revise(evaluator, draft.indicators(), draft.behaviourExpectations(), clock.instant());
        } else {
            plan = new SkpPlan(employee.nip(), year, evaluator, draft.indicators(), draft.behaviourExpectations(),
                    clock.instant());
            plans.add(plan);
        }
        PlanView view = PlanView.of(plan);
        audit.record("skp.planSet", "SkpPlan", employee.nip() + "/" + year, null, view,
                "Rencana SKP " + year + " " + employee.fullName() + ", pejabat penilai " + evaluator + ", "
                        + view.indicators().size() + " indikator");
        return view;
    }

    /** The official an administrator names, or the employee's assigned official or head; refused by field when there is neither. */
    private String assigned(EmployeeFacts employee, String evaluatorNip) {
        Violations v = new Violations();
        if (evaluatorNip != null && !evaluatorNip.isBlank()) {
            Optional<EmployeeFacts> official = employees.find(evaluatorNip);
            v.check(official.isPresent(), "evaluatorNip", "employee.notFound", evaluatorNip.strip()).throwIfAny();
            return official.get().nip();
        }
        Optional<String> official = officials.of(employee.nip());
        v.check(official.isPresent(), "evaluatorNip", "skp.noHead", employee.nip()).throwIfAny();
        return official.get();
    }

    /** The signed-in employee, when they evaluate {@code employee} ({@link #evaluator}); else refused. */
    private String evaluatingCaller(EmployeeFacts employee, Optional<SkpPlan> existing, String evaluatorNip) {
        String caller = session.getCallerPrincipal().getName();
        if (!evaluator(caller, employee.nip(), existing)) {
            throw new EJBAccessException("only the employee's evaluating official sets their plan");
        }
        new Violations().check(evaluatorNip == null || evaluatorNip.isBlank() || evaluatorNip.strip().equals(caller),
                "evaluatorNip", "skp.evaluatorByAdmin").throwIfAny();
        return caller;
    }

    /**
     * Whether {@code caller} evaluates the employee {@code nip}: the official the plan names; without a plan, the
     * employee's assigned official or else their head ({@link EvaluatingOfficials}).
     */
    private boolean evaluator(String caller, String nip, Optional<SkpPlan> plan) {
        return plan.isPresent()
                ? plan.get().evaluatorNip().strip().equals(caller)
                : officials.of(nip).map(caller::equals).orElse(false);
    }

    /** Whether the signed-in employee evaluates {@code nip} in {@code year}, so their page offers plan and rating. */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public boolean evaluates(String nip, int year) {
        String employee = employees.get(nip).nip();
        return evaluator(session.getCallerPrincipal().getName(), employee, plans.find(employee, year));
    }

    /**
     * Whom the signed-in employee evaluates in {@code year}, by name: those whose head they are (the staff of the unit
     * they head and of units below it without a head of their own, unless their plan or an assignment names another
     * official), those an administrator assigned to them and those whose plan names them as the official.
     */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public List<Evaluatee> evaluatees(int year) {
        String caller = session.getCallerPrincipal().getName();
        Map<String, SkpPlan> planned = new HashMap<>();
        plans.evaluatedBy(caller, year).forEach(p -> planned.put(p.nip().strip(), p));
        Set<String> nips = new TreeSet<>(planned.keySet());
        assignments.naming(caller).stream().map(a -> a.nip().strip())
                .filter(nip -> evaluator(caller, nip, plans.find(nip, year))).forEach(nips::add);
        employees.unitHeadedBy(caller).ifPresent(unit -> {
            employees.headsOf(staffOf(unit)).forEach((nip, head) -> {
                if (head.nip().equals(caller) && evaluator(caller, nip, plans.find(nip, year))) {
                    nips.add(nip);
                }
            });
        });
        return nips.stream().map(employees::get).map(
                e -> Evaluatee.of(e, Optional.ofNullable(planned.get(e.nip())).or(() -> plans.find(e.nip(), year))))
                .sorted(Comparator.comparing(Evaluatee::name)).toList();
    }

    private List<EmployeeFacts> staffOf(String unitCode) {
        return staff.placedIn(unitCode).stream().map(s -> employees.get(s.nip())).toList();
    }

    /** The employee acknowledges their plan of {@code year}. */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public PlanView acknowledge(String nip, int year) {
        ownRecords.requireSelf(session, nip);
        SkpPlan plan = plans.find(nip.strip(), year)
                .orElseThrow(() -> new NotFoundException("skp.planNotFound", nip.strip(), year));
        plan.acknowledge(clock.instant());
        PlanView view = PlanView.of(plan);
        audit.record("skp.planAcknowledged", "SkpPlan", view.nip() + "/" + year, null, view,
                "Rencana SKP " + year + " disetujui pegawai");
        return view;
    }

    /** The employee's plan of {@code year}, for those who may read their records and for the plan's official. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public Optional<PlanView> find(String nip, int year) {
        Optional<SkpPlan> plan = plans.find(employees.get(nip).nip(), year);
        readers.require(session, nip, plan);
        return plan.map(PlanView::of);
    }
}
