package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.development.domain.LatsarDeadline;
import id.sofifi.asn.workforce.application.EmployeeSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One employee's JP compliance in a year (ASN-RULES §4): their ledger (earned, required, shortfall), the Latsar due
 * date of a CPNS who has not completed it (else null) and whether it is overdue today.
 */
public record ComplianceLine(String nip, String name, String workUnitCode, String workUnitName, JpLedger ledger,
        boolean latsarOverdue, LocalDate latsarDueOn) implements Serializable {

    /**
     * The line of an employee who earned {@code earned} in {@code year}, and completed a Latsar on that day, if
     * ever.
     */
    static ComplianceLine of(EmployeeSummary e, int year, Jp earned, Optional<LocalDate> latsarCompleted,
            LocalDate today) {
        JpLedger ledger = JpLedger.of(e.appointedOn(), year, List.of(earned));
        Optional<LocalDate> due = LatsarDeadline.dueOn(e.employmentType(), e.appointedOn());
        boolean overdue = LatsarDeadline.overdue(due, latsarCompleted, today);
        return new ComplianceLine(e.nip(), e.name(), e.workUnitCode(), e.workUnitName(), ledger, overdue,
                latsarCompleted.isPresent() ? null : due.orElse(null));
    }

    /** Whether the year's requirement is met (no shortfall; pro-rated in the year of first appointment). */
    public boolean meetsRequirement() {
        return ledger.shortfall().compareTo(Jp.ZERO) == 0;
    }
}
