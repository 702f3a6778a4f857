package id.sofifi.asn.workforce.application;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Workforce's own timeline entries: the first appointment (TMT CPNS or PPPK, as the NIP encodes it) and the day
 * the employee was recorded here, by import of the existing workforce or by appointment from a selection result.
 */
@Dependent
public class AppointmentTimeline implements EmployeeTimelineSource {
    @Inject
    EmployeeRepository employees;

    @Override
    public List<EmployeeTimelineEntry> entries(EmployeeFacts employee) {
        List<EmployeeTimelineEntry> entries = new ArrayList<>();
        entries.add(new EmployeeTimelineEntry(employee.appointedOn(), "employee.timeline.appointed",
                List.of(employee.employmentType().name(), employee.position())));
        employees.findByNip(employee.nip()).ifPresent(e -> entries.add(new EmployeeTimelineEntry(
                e.createdAt().atZone(Wit.ZONE).toLocalDate(),
                e.registrationNumber() == null ? "employee.timeline.imported" : "employee.timeline.appointedFrom",
                e.registrationNumber() == null ? List.of() : List.of(e.registrationNumber()))));
        return entries;
    }
}
