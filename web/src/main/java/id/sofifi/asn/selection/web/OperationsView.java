package id.sofifi.asn.selection.web;

import id.sofifi.asn.jobs.application.ExecutionView;
import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.jobs.application.JobView;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.web.PeriodScreen;
import id.sofifi.asn.selection.application.RankingService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Operasi seleksi: the operator starts the ranking jobs of a period, watches the run (progress by
 * formations for rankings, rows for imports), stops or restarts it, and sees every run with its
 * parameters and duration.
 */
@Named
@ViewScoped
public class OperationsView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    RankingService rankings;

    @EJB
    JobService jobs;

    private List<ExecutionView> history;
    private Long currentId;
    private JobView current;
    private RankingService.Progress progress;

    /**
     * Reads the history of the chosen period (the page's {@code period} parameter, or the first) and follows
     * its latest run.
     */
    public void reload() {
        history = periodCode == null ? List.of() : rankings.history(periodCode);
        currentId = history.isEmpty() ? null : history.get(0).id();
        refresh();
    }

    public void refresh() {
        current = currentId == null ? null : jobs.status(currentId);
        progress = currentId == null ? null : rankings.progress(currentId);
        if (current != null && !isRunning()) {
            history = rankings.history(periodCode);
        }
    }

    public void startSkd() {
        UseCase.run(() -> follow(rankings.startSkd(periodCode)), "operations.started");
    }

    public void startFinal() {
        UseCase.run(() -> follow(rankings.startFinal(periodCode)), "operations.started");
    }

    public void stop(long id) {
        UseCase.run(() -> {
            rankings.stop(id);
            follow(id);
        }, "operations.stopping", id);
    }

    public void restart(long id) {
        UseCase.run(() -> follow(rankings.restart(id)), "operations.restarted", id);
    }

    public void show(long id) {
        currentId = id;
        refresh();
    }

    private void follow(long id) {
        history = rankings.history(periodCode);
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
}
