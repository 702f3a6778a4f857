package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.PeriodJobs;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.selection.domain.Appointees;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pengangkatan CPNS: appoints every L, L-1 and L-2 of a period's published FINAL announcement as a CPNS
 * employee with the given TMT, by the batch job {@value #JOB} (ASN-RULES §4: NIP by birth date, TMT month and
 * sex, lowest free serial in registration-number order). The job is pinned to the announcement published when
 * it starts, so a restart appoints from the same list; appointing again skips who is already an employee.
 * It does not start while a job of the period runs: the final ranking rewrites the placements it reads.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class AppointmentService {
    public static final String JOB = "appointment";
    /** The period's jobs the operator screen lists: selection's and this one. */
    public static final List<String> PERIOD_JOBS = Stream.concat(RankingService.JOBS.stream(), Stream.of(JOB)).toList();

    private static final String SUBJECT = "Appointment";
    /** Appointees per transaction at most: a chunk holds their employees, timeline entries and mails. */
    private static final int MAX_CHUNK = 1000;

    @Inject
    Appointees appointees;

    @Inject
    PeriodJobs periodJobs;

    /** Whether the period has a published FINAL announcement to appoint from. */
    public boolean ready(String periodCode) {
        return appointees.finalAnnouncement(periodCode).isPresent();
    }

    /**
     * Starts the appointment job with TMT {@code appointedOn}; {@code chunk} (appointees per transaction) may be
     * null for the job's default. Answers the execution id.
     */
    public long start(String periodCode, LocalDate appointedOn, Integer chunk) {
        Violations v = new Violations().check(appointedOn != null, "appointedOn", "validation.required");
        if (chunk != null) {
            v.range(chunk, "chunk", 1, MAX_CHUNK);
        }
        v.throwIfAny();
        long announcement = appointees.finalAnnouncement(periodCode)
                .orElseThrow(() -> new ConflictException("appointment.noFinal", periodCode));
        periodJobs.refuseWhileRunning(PERIOD_JOBS, periodCode);
        Map<String, String> parameters = new HashMap<>(
                Map.of("appointedOn", appointedOn.toString(), "announcement", Long.toString(announcement)));
        if (chunk != null) {
            parameters.put("chunk", chunk.toString());
        }
        return periodJobs.start(JOB, periodCode, parameters, SUBJECT);
    }

    public void stop(long executionId) {
        periodJobs.stop(List.of(JOB), executionId, SUBJECT);
    }

    /** Restarts a stopped or failed appointment from the last registration number it appointed. */
    public long restart(long executionId) {
        return periodJobs.restart(List.of(JOB), executionId, SUBJECT);
    }
}
