package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.Enrolment;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.development.domain.EnrolmentStatus;
import id.sofifi.asn.development.domain.LatsarDeadline;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingRecord;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import id.sofifi.asn.workforce.application.EmployeeTimelineEntry;
import id.sofifi.asn.workforce.application.EmployeeTimelineSource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Development's lines on an employee's profile: each enrolment (on the day it was made, holding a place or waiting),
 * each failed completion, each training record (a pass here with the link to its certificate's public check, or a
 * training held elsewhere), and for a CPNS the Latsar due date (batas Latsar) with whether it is met. Cancelled
 * enrolments are left out: they are no part of the employee's development.
 */
@Dependent
public class DevelopmentTimeline implements EmployeeTimelineSource {
    /** The public certificate check (sertifikat.xhtml), which anyone holding the number may open. */
    static final String CERTIFICATE_CHECK = "/sertifikat.xhtml?no=";

    @Inject
    TrainingRepository trainings;

    @Inject
    TrainingRecordRepository records;

    @Inject
    Clock clock;

    @Override
    public List<EmployeeTimelineEntry> entries(EmployeeFacts employee) {
        List<EmployeeTimelineEntry> entries = new ArrayList<>();
        for (Enrolment e : trainings.enrolmentsOf(employee.nip())) {
            enrolment(e).ifPresent(entries::add);
            if (e.result() == EnrolmentResult.NOT_PASSED) {
                Training t = e.training();
                entries.add(new EmployeeTimelineEntry(e.completedOn(), "development.timeline.notPassed",
                        List.of(t.title(), t.code())));
            }
        }
        records.of(employee.nip()).stream().map(DevelopmentTimeline::record).forEach(entries::add);
        latsar(employee).ifPresent(entries::add);
        return entries;
    }

    private static Optional<EmployeeTimelineEntry> enrolment(Enrolment e) {
        if (e.status() == EnrolmentStatus.CANCELLED) {
            return Optional.empty();
        }
        Training t = e.training();
        LocalDate on = e.enrolledAt().atZone(Wit.ZONE).toLocalDate();
        return Optional.of(e.status() == EnrolmentStatus.WAITING
                ? new EmployeeTimelineEntry(on, "development.timeline.waiting",
                        List.of(t.title(), t.code(), e.waitingPosition()))
                : new EmployeeTimelineEntry(on, "development.timeline.enrolled", List.of(t.title(), t.code())));
    }

    private static EmployeeTimelineEntry record(TrainingRecord r) {
        String certificate = r.certificateNumber();
        return certificate == null
                ? new EmployeeTimelineEntry(r.completedOn(), "development.timeline.recorded",
                        List.of(r.title(), r.jp().text()))
                : new EmployeeTimelineEntry(r.completedOn(), "development.timeline.passed",
                        List.of(r.title(), r.jp().text(), certificate), CERTIFICATE_CHECK + certificate);
    }

    private Optional<EmployeeTimelineEntry> latsar(EmployeeFacts employee) {
        Optional<LocalDate> due = LatsarDeadline.dueOn(employee.employmentType(), employee.appointedOn());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> done = records.latsarCompletedOn(employee.nip());
        String key = done.isPresent()
                ? "development.timeline.latsarMet"
                : LatsarDeadline.overdue(due, done, LocalDate.now(clock.withZone(Wit.ZONE)))
                        ? "development.timeline.latsarOverdue"
                        : "development.timeline.latsarDue";
        return Optional.of(new EmployeeTimelineEntry(due.get(), key, List.of()));
    }
}
