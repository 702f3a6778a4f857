package id.sofifi.asn.jobs.web;

import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.jobs.application.JobView;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.platform.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * The job a screen started and follows: its status, counts and row errors, polled while it runs. An import screen
 * hands it the execution id; {@code /WEB-INF/includes/job-progress.xhtml} shows it.
 */
@Named
@ViewScoped
public class JobProgress implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

    @EJB
    JobService jobs;

    private Long jobId;
    private JobView job;

    /** Follows the job just started. */
    public void follow(long executionId) {
        jobId = executionId;
        job = jobs.status(executionId);
    }

    public void refresh() {
        if (jobId != null) {
            job = jobs.status(jobId);
        }
    }

    /** A row error in the screen's language. */
    public String message(JobView.RowError error) {
        return Texts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                new Violation(error.field(), error.messageKey(), error.args()));
    }

    public boolean isRunning() { return job != null && RUNNING.contains(job.status()); }

    public JobView getJob() { return job; }
}
