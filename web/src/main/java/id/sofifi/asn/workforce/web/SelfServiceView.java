package id.sofifi.asn.workforce.web;

import id.sofifi.asn.development.application.DevelopmentLedgerService;
import id.sofifi.asn.development.application.LedgerView;
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

/**
 * The signed-in employee's own page: who they are, their JP this year against the requirement (ASN-RULES §4) and,
 * for a CPNS, the days left to the Latsar due date. The caller's name is their NIP, so nobody reads another's
 * record here.
 */
@Named
@RequestScoped
public class SelfServiceView {
    @EJB
    EmployeeDirectory directory;

    @EJB
    DevelopmentLedgerService ledgers;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private EmployeeFacts employee;
    private LedgerView ledger;

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

    /** Days from today (WIT) to the Latsar due date; negative once it has passed. */
    public long getLatsarDaysLeft() {
        LocalDate due = getLedger().latsar().dueOn();
        return due == null ? 0 : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(Wit.ZONE)), due);
    }
}
