package id.sofifi.asn.workforce.web;

import id.sofifi.asn.development.application.ComplianceLine;
import id.sofifi.asn.development.application.ComplianceService;
import id.sofifi.asn.development.application.DevelopmentLedgerService;
import id.sofifi.asn.development.application.EnrolmentService;
import id.sofifi.asn.development.application.LedgerView;
import id.sofifi.asn.development.application.TrainingService;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The signed-in employee's own page: who they are, their JP this year against the requirement (ASN-RULES §4) and,
 * for a CPNS, the days left to the Latsar due date; the upcoming trainings they may enrol in; and, for the head of a
 * work unit, "Unit saya": the JP and Latsar of the employees of their unit. The caller's name is their NIP, so
 * nobody reads another's record here.
 */
@Named
@RequestScoped
public class SelfServiceView {
    @EJB
    EmployeeDirectory directory;

    @EJB
    DevelopmentLedgerService ledgers;

    @EJB
    TrainingService trainings;

    @EJB
    EnrolmentService enrolments;

    @EJB
    ComplianceService compliance;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private static final int UPCOMING_SHOWN = 20;

    private EmployeeFacts employee;
    private LedgerView ledger;
    private String headedUnit;
    private List<ComplianceLine> myUnit;

    public EmployeeFacts getEmployee() {
        if (employee == null) {
            employee = directory.get(security.getCallerPrincipal().getName());
        }
        return employee;
    }

    /** This year's ledger (the current year in WIT). */
    public LedgerView getLedger() {
        if (ledger == null) {
            ledger = ledgers.ledger(getEmployee().nip(), null);
        }
        return ledger;
    }

    /** Earned of required as a whole percentage for the progress bar, 100 once the requirement is met. */
    public int getProgressPercent() {
        BigDecimal required = getLedger().ledger().required().value();
        if (required.signum() == 0) {
            return 100;
        }
        BigDecimal percent = getLedger().ledger().earned().value().multiply(BigDecimal.valueOf(100)).divide(required, 0,
                RoundingMode.DOWN);
        return Math.min(100, percent.intValue());
    }

    /** Trainings not yet over that the employee may enrol in themself, earliest first. */
    public List<TrainingView> getUpcoming() {
        return trainings.catalogue(PageRequest.of(0, UPCOMING_SHOWN)).items();
    }

    /** Enrols the signed-in employee; a full, overlapping or repeated enrolment is refused with the reason. */
    public void enrol(String trainingCode) {
        UseCase.run(() -> enrolments.enrol(trainingCode, getEmployee().nip(), false), "selfService.enrolled",
                trainingCode);
    }

    /** The code of the unit the employee heads, or null: the "Unit saya" section shows only for a head. */
    public String getHeadedUnit() {
        if (headedUnit == null) {
            headedUnit = directory.unitHeadedBy(getEmployee().nip()).orElse("");
        }
        return headedUnit.isEmpty() ? null : headedUnit;
    }

    /** Unit saya: the employees of the unit the employee heads and of the units below it, with this year's JP. */
    public List<ComplianceLine> getMyUnit() {
        if (myUnit == null) {
            myUnit = compliance.headedUnit();
        }
        return myUnit;
    }

    /** Days from today (WIT) to the Latsar due date; negative once it has passed. */
    public long getLatsarDaysLeft() {
        LocalDate due = getLedger().latsar().dueOn();
        return due == null ? 0 : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(Wit.ZONE)), due);
    }
}
