package id.sofifi.asn.development.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.Attendance;
import id.sofifi.asn.development.domain.AttendanceRate;
import id.sofifi.asn.development.domain.AttendanceRepository;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance (presensi) per session of a training, recorded by the trainer. There is no trainer role: the
 * administrator who runs the training records it (role ADMIN), and the audit trail names who did. Saving a session
 * again changes its marks.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AttendanceService {
    @Inject
    TrainingRepository trainings;

    @Inject
    AttendanceRepository attendance;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The register of {@code sessionOn}; of the training's first session when it is null. */
    public AttendanceSheet sheet(String trainingCode, LocalDate sessionOn) {
        Training training = trainings.findByCode(trainingCode)
                .orElseThrow(() -> new NotFoundException("training.notFound", trainingCode));
        LocalDate on = sessionOn == null ? training.startsOn() : sessionOn;
        Map<String, List<Attendance>> byNip = attendance.of(training).stream()
                .collect(Collectors.groupingBy(Attendance::nip));
        List<AttendanceSheet.Line> lines = training.attendees().stream().map(nip -> {
            List<Attendance> marks = byNip.getOrDefault(nip, List.of());
            Boolean present = marks.stream().filter(a -> a.sessionOn().equals(on)).findFirst().map(Attendance::present)
                    .orElse(null);
            return new AttendanceSheet.Line(nip, name(nip), present, AttendanceRate.of(marks));
        }).toList();
        return new AttendanceSheet(training.code(), training.sessions(), on, lines);
    }

    /**
     * Records who was present at {@code sessionOn} ({@code presence}: NIP → present); every mark is checked before
     * any is saved, so a refused register leaves nothing half-saved. Answers the register as saved.
     */
    public AttendanceSheet record(String trainingCode, LocalDate sessionOn, Map<String, Boolean> presence) {
        Training training = trainings.lockByCode(trainingCode)
                .orElseThrow(() -> new NotFoundException("training.notFound", trainingCode));
        training.checkAttendance(sessionOn, presence, LocalDate.now(clock.withZone(Wit.ZONE)));
        Map<String, Attendance> recorded = attendance.of(training).stream().filter(a -> a.sessionOn().equals(sessionOn))
                .collect(Collectors.toMap(Attendance::nip, Function.identity()));
        String by = session.getCallerPrincipal().getName();
        presence.forEach((nip, present) -> Optional.ofNullable(recorded.get(nip)).ifPresentOrElse(
                a -> a.mark(present, by, clock.instant()),
                () -> attendance.add(new Attendance(training, nip, sessionOn, present, by, clock.instant()))));
        long present = presence.values().stream().filter(Boolean::booleanValue).count();
        audit.record("attendance.recorded", "Attendance", training.code() + "/" + sessionOn, null,
                new TreeMap<>(presence), "Presensi pelatihan " + training.code() + " tanggal " + sessionOn + ": "
                        + present + " hadir, " + (presence.size() - present) + " tidak hadir");
        return sheet(training.code(), sessionOn);
    }

    private String name(String nip) {
        return employees.find(nip).map(EmployeeFacts::fullName).orElse(nip);
    }
}
