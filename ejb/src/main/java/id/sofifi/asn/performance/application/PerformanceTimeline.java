package id.sofifi.asn.performance.application;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentRepository;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import id.sofifi.asn.workforce.application.EmployeeTimelineEntry;
import id.sofifi.asn.workforce.application.EmployeeTimelineSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Performance's lines on an employee's profile: each assessment on the day it was given, with its period, year and
 * predicate. The period and predicate go as their positions in their enums, which the message chooses words for in
 * the screen's language.
 */
@Dependent
public class PerformanceTimeline implements EmployeeTimelineSource {
    @Inject
    AssessmentRepository assessments;

    @Override
    public List<EmployeeTimelineEntry> entries(EmployeeFacts employee) {
        return assessments.of(employee.nip(), null).stream().map(PerformanceTimeline::entry).toList();
    }

    private static EmployeeTimelineEntry entry(Assessment a) {
        return new EmployeeTimelineEntry(a.assessedAt().atZone(Wit.ZONE).toLocalDate(), "performance.timeline.assessed",
                List.of(a.period().ordinal(), String.valueOf(a.year()), a.predicate().ordinal()));
    }
}
