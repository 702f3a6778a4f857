package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.Jp;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeService;
import id.sofifi.asn.workforce.application.EmployeeSummary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kepatuhan JP: for the BKD, whether each employee of a unit (its bidang and UPT included) earned the JP a year
 * requires (ASN-RULES §4: 20, pro-rated in the year of first appointment) and whether their Latsar is overdue.
 *
 * <p>Set-based without reading another context's tables: the employees (NIP, name, unit, type, TMT) come from
 * workforce's {@link EmployeeService} (one page, or every employee of the unit for the summary, as one projection
 * query), the JP from one SQL aggregate of {@code training_record} per NIP for the year, and the Latsar completions
 * from one more; the rules are applied in Java by {@link ComplianceLine}, the same ones the ledger uses. For the
 * province (10,000 employees, 200,000 records) that is three queries and about 10,000 rows each; the figures are in
 * {@code docs/benchmarks.md}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
public class ComplianceService {
    @Inject
    EmployeeService employees;

    @Inject
    TrainingRecordRepository records;

    @Inject
    EmployeeDirectory directory;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * One page of the employees of {@code workUnitCode} (blank: all), by name, with their compliance in the JP year
     * ({@code null}: the current WIT year).
     */
    public Page<ComplianceLine> employees(Integer year, String workUnitCode, PageRequest request) {
        Page<EmployeeSummary> page = employees.search(workUnitCode, null, null, request);
        List<String> nips = page.items().stream().map(EmployeeSummary::nip).toList();
        return page.map(new Facts(year, nips)::line);
    }

    /** Every employee of {@code workUnitCode} (blank: all) with their compliance in the year: the download. */
    public List<ComplianceLine> all(Integer year, String workUnitCode) {
        return employees.placedIn(workUnitCode).stream().map(new Facts(year, null)::line).toList();
    }

    /**
     * Unit saya: for an employee who heads a unit, every employee of that unit and the units below it with their
     * compliance this year; empty for one who heads none.
     */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public List<ComplianceLine> headedUnit() {
        return directory.unitHeadedBy(session.getCallerPrincipal().getName()).map(code -> all(null, code))
                .orElse(List.of());
    }

    /** The compliance of each unit within {@code workUnitCode} (blank: all) in the year. */
    public List<UnitCompliance> units(Integer year, String workUnitCode) {
        return UnitCompliance.byUnit(all(year, workUnitCode));
    }

    /** The year's JP and the Latsar completions of the employees named ({@code nips}; null: everyone). */
    private final class Facts {
        private final LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        private final int year;
        private final Map<String, Jp> earned;
        private final Map<String, LocalDate> latsar;

        Facts(Integer year, Collection<String> nips) {
            this.year = year == null ? today.getYear() : year;
            this.earned = records.earnedInYear(this.year, nips);
            this.latsar = records.latsarCompletions(nips);
        }

        ComplianceLine line(EmployeeSummary e) {
            return ComplianceLine.of(e, year, earned.getOrDefault(e.nip(), Jp.ZERO),
                    Optional.ofNullable(latsar.get(e.nip())), today);
        }
    }
}
