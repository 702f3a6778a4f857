package id.sofifi.asn.workforce.application;

import java.io.Serializable;
import id.sofifi.asn.kernel.Sex;
import java.time.LocalDate;
import java.util.List;

/** One employee's page: the list's facts, birth date, sex and e-mail, and the timeline in date order. Never the NIK. */
public record EmployeeProfile(EmployeeSummary summary, LocalDate birthDate, Sex sex, String email,
        List<EmployeeTimelineEntry> timeline) implements Serializable {
    public EmployeeProfile {
        timeline = List.copyOf(timeline);
    }
}
