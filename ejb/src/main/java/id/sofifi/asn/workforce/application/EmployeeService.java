package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeFilter;
import id.sofifi.asn.workforce.domain.EmployeePlacement;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.EmploymentType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import id.sofifi.asn.privacy.application.PersonalDataReads;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Looking up the province's employees: the paged list with its filters, and one employee's profile. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
public class EmployeeService {
    @Inject
    PersonalDataReads reads;

    @Inject
    EmployeeRepository employees;

    @Resource
    SessionContext session;

    @Inject
    OwnRecords ownRecords;

    @Inject
    WorkUnitRepository workUnits;

    @Inject
    @Any
    Instance<EmployeeTimelineSource> timelineSources;

    /**
     * One page of employees: placed in the unit {@code workUnitCode} or below it (blank: anywhere; an unknown code
     * selects no one), of the given type (null: any), whose name or NIP contains {@code text}. An employee who heads
     * the unit or one above it may list it too.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public Page<EmployeeSummary> search(String workUnitCode, EmploymentType type, String text, PageRequest request) {
        ownRecords.requireUnit(session, workUnitCode, Role.ADMIN_NAME, Role.AGENCY_NAME);
        PlacementUnits units = new PlacementUnits(workUnits.tree());
        EmployeeFilter filter = new EmployeeFilter(units.selected(workUnitCode), type, text);
        return employees.search(filter, request).map(e -> summary(e, units));
    }

    /**
     * Every employee placed in the unit {@code workUnitCode} or below it (blank: everyone; an unknown code: no one),
     * by name: for reports over a whole unit, such as development's JP compliance, and for the unit's head.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public List<EmployeeSummary> placedIn(String workUnitCode) {
        ownRecords.requireUnit(session, workUnitCode, Role.ADMIN_NAME, Role.AGENCY_NAME);
        PlacementUnits units = new PlacementUnits(workUnits.tree());
        return employees.placedIn(units.selected(workUnitCode)).stream().map(e -> summary(e, units)).toList();
    }

    /**
     * One employee with the timeline every {@link EmployeeTimelineSource} contributes; an employee their own, or
     * those of the unit they head.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public EmployeeProfile profile(String nip) {
        ownRecords.require(session, nip, Role.ADMIN_NAME, Role.AGENCY_NAME);
        Employee employee = find(nip).orElseThrow(() -> new NotFoundException("employee.notFound", nip));
        reads.record("employee.profile", employee.nip().value(), employee.nikHash());
        EmployeeFacts facts = EmployeeFacts.of(employee);
        List<EmployeeTimelineEntry> timeline = timelineSources.stream().flatMap(s -> s.entries(facts).stream())
                .sorted(Comparator.comparing(EmployeeTimelineEntry::on)).toList();
        return new EmployeeProfile(summary(employee, new PlacementUnits(workUnits.tree())), employee.birthDate(),
                employee.sex(), employee.email(), timeline);
    }

    private Optional<Employee> find(String nip) {
        return nip == null ? Optional.empty() : employees.findByNip(nip.strip());
    }

    private static EmployeeSummary summary(Employee e, PlacementUnits units) {
        return summary(new EmployeePlacement(e.nip().value(), e.fullName(), e.employmentType(), e.appointedOn(),
                e.position(), e.workUnitId()), units);
    }

    private static EmployeeSummary summary(EmployeePlacement e, PlacementUnits units) {
        Optional<WorkUnit> unit = units.find(e.workUnitId());
        return new EmployeeSummary(e.nip(), e.fullName(), e.employmentType(), e.position(),
                unit.map(WorkUnit::code).orElse(null), unit.map(WorkUnit::name).orElse(null), e.appointedOn());
    }
}
