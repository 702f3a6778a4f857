package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.oversight.application.ComplaintDigest;
import id.sofifi.asn.oversight.application.ComplaintService;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.servicequality.application.IkmView;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.SurveyService;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The citizens' input about an employee's unit for a period (ASN-RULES §2, issue 11), read through service quality's
 * and oversight's use cases, never their tables. The unit's chain upwards counts, since the staff of a bidang serve
 * the public at their OPD's counters. Read by whoever may read the employee's assessments ({@link PlanReaders}).
 */
@Stateless
public class CitizensInputService {
    @Inject
    EmployeeDirectory employees;

    @Inject
    SkpPlanRepository plans;

    @Inject
    PlanReaders readers;

    @Inject
    WorkUnitRepository units;

    @EJB
    ServiceUnitService serviceUnits;

    @EJB
    SurveyService surveys;

    @EJB
    ComplaintService complaints;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public CitizensInput of(String nip, int year, AssessmentPeriod period) {
        EmployeeFacts employee = employees.get(nip);
        readers.require(session, employee.nip(), plans.find(employee.nip(), year));
        List<String> chain = chainOf(employee.workUnitId());
        LocalDate from = period.start(year);
        LocalDate to = period.end(year);
        List<IkmView> ikm = serviceUnits.all().stream().filter(s -> chain.contains(s.workUnitCode()))
                .map(s -> surveys.index(s.code(), from, to)).toList();
        List<ComplaintDigest> about = chain.stream().flatMap(code -> complaints.aboutUnit(code, from, to).stream())
                .toList();
        return new CitizensInput(chain, from, to, ikm, about);
    }

    private List<String> chainOf(Long workUnitId) {
        List<String> chain = new ArrayList<>();
        Optional<WorkUnit> unit = workUnitId == null ? Optional.empty() : units.find(workUnitId);
        while (unit.isPresent()) {
            chain.add(unit.get().code());
            unit = unit.get().parent();
        }
        return chain;
    }
}
