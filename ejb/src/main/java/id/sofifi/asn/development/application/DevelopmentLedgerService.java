package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.development.domain.LatsarDeadline;
import id.sofifi.asn.development.domain.TrainingRecord;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.OwnRecords;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An employee's JP ledger of a year (ASN-RULES §4): earned from the training records completed in the year,
 * required by the employee's first appointment, the shortfall, and the Latsar state of a CPNS. For staff, agencies
 * and the employee themself.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
public class DevelopmentLedgerService {
    @Inject
    TrainingRecordRepository records;

    @Inject
    EmployeeDirectory employees;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    OwnRecords ownRecords;

    /** The ledger of {@code year}; the current WIT year when it is null. */
    public LedgerView ledger(String nip, Integer year) {
        ownRecords.require(session, nip, Role.ADMIN_NAME, Role.AGENCY_NAME);
        EmployeeFacts employee = employees.get(nip);
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        int jpYear = year == null ? today.getYear() : year;
        List<TrainingRecord> completed = records.ofYear(employee.nip(), jpYear);
        JpLedger ledger = JpLedger.of(employee.appointedOn(), jpYear,
                completed.stream().map(TrainingRecord::jp).toList());
        Optional<LocalDate> due = LatsarDeadline.dueOn(employee.employmentType(), employee.appointedOn());
        Optional<LocalDate> latsarDone = records.latsarCompletedOn(employee.nip());
        LedgerView.Latsar latsar = new LedgerView.Latsar(due.isPresent(), due.orElse(null), latsarDone.orElse(null),
                LatsarDeadline.overdue(due, latsarDone, today));
        return new LedgerView(employee.nip(), ledger, latsar, completed.stream().map(LedgerView.Line::of).toList());
    }
}
