package id.sofifi.asn.selection.web;

import id.sofifi.asn.jobs.application.ExecutionView;
import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.jobs.application.JobView;
import id.sofifi.asn.jobs.application.PeriodJobs;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.web.PeriodScreen;
import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.workforce.application.AppointmentService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Operasi seleksi: the operator starts the ranking jobs of a period and, once its FINAL announcement is
 * published, the appointment of CPNS (workforce's job, with the TMT chosen here); watches the run (progress by
 * formations for rankings, rows for imports and appointments), stops or restarts it, and sees every run with
 * its parameters and duration.
 */
@Named
@ViewScoped
public class OperationsView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    RankingService rankings;

    @EJB
    JobService jobs;

    @EJB
    PeriodJobs periodJobs;

    @EJB
    AppointmentService appointments;

    private List<ExecutionView> history;
    private Long currentId;
    private JobView current;
    private RankingService.Progress progress;
    private boolean appointmentReady;
    private LocalDate appointedOn;

    /**
     * Reads the history of the chosen period (the page's {@code period} parameter, or the first) and follows
     * its latest run.
     */
    public void reload() {
        history = periodCode == null ? List.of() : periodJobs.history(AppointmentService.PERIOD_JOBS, periodCode);
        appointmentReady = periodCode != null && appointments.ready(periodCode);
        currentId = history.isEmpty() ? null : history.get(0).id();
        refresh();
    }

    public void refresh() {
        current = currentId == null ? null : jobs.status(currentId);
        progress = current == null || !RankingService.JOBS.contains(current.name())
                ? null
                : rankings.progress(currentId);
        if (current != null && !isRunning()) {
            history = periodJobs.history(AppointmentService.PERIOD_JOBS, periodCode);
        }
    }

    public void startSkd() {
        UseCase.run(() -> follow(rankings.startSkd(periodCode)), "operations.started");
    }

    public void startFinal() {
        UseCase.run(() -> follow(rankings.startFinal(periodCode)), "operations.started");
    }

    /** Appoints the passed applicants as CPNS with the chosen TMT (refused until FINAL is published). */
    public void appoint() {
        UseCase.run(() -> follow(appointments.start(periodCode, appointedOn, null)), "operations.started");
    }

    public void stop(long id) {
        UseCase.run(() -> {
            if (isAppointment(id)) {
                appointments.stop(id);
            } else {
                rankings.stop(id);
            }
            follow(id);
        }, "operations.stopping", id);
    }

    public void restart(long id) {
        UseCase.run(() -> follow(isAppointment(id) ? appointments.restart(id) : rankings.restart(id)),
                "operations.restarted", id);
    }

    /** Each context stops and restarts its own runs. */
    private boolean isAppointment(long id) {
        return history.stream().anyMatch(r -> r.id() == id && AppointmentService.JOB.equals(r.jobName()));
    }

    public void show(long id) {
        currentId = id;
        refresh();
    }

    private void follow(long id) {
        history = periodJobs.history(AppointmentService.PERIOD_JOBS, periodCode);
        currentId = id;
        refresh();
    }

    public boolean isRunning() {
        return current != null && List.of("STARTING", "STARTED", "STOPPING").contains(current.status());
    }

    /** The followed run's status as the operator reads it: "interrupted" when a dead server left it. */
    public String getCurrentStatus() {
        ExecutionView run = getCurrentRun();
        return run != null && run.interrupted() ? run.shownStatus() : current.status();
    }

    public ExecutionView getCurrentRun() {
        return history.stream().filter(r -> currentId != null && r.id() == currentId).findFirst().orElse(null);
    }

    public List<ExecutionView> getHistory() { return history; }

    public JobView getCurrent() { return current; }

    public RankingService.Progress getProgress() { return progress; }

    /** Whether the period's FINAL announcement is published, so its passed applicants can be appointed. */
    public boolean isAppointmentReady() {
        return appointmentReady;
    }

    public LocalDate getAppointedOn() { return appointedOn; }

    public void setAppointedOn(LocalDate appointedOn) { this.appointedOn = appointedOn; }
}
