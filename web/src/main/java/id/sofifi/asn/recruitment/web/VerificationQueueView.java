package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicationRow;
import id.sofifi.asn.recruitment.application.VerificationService;
import id.sofifi.asn.recruitment.domain.ApplicationFilter;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Antrean verifikasi: the period's applications, filtered and paged in the database; supervisors
 * hand selected rows to a verifier and prepare the announcement of the administrative result (the
 * ADMINISTRATION announcement, or a correction of it after objections were answered), which a second
 * account approves on the announcements screen.
 */
@Named
@ViewScoped
public class VerificationQueueView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    VerificationService verification;

    @EJB
    AnnouncementService announcements;

    private boolean awaitingConfirmation;
    private List<ApplicationRow> selected = new ArrayList<>();
    private String verifier;
    private PagedLazyModel<ApplicationRow> table;

    @PostConstruct
    void init() {
        table = new PagedLazyModel<>((filters,
                request) -> verification.queue(new ApplicationFilter(periodCode, filters.get("workUnitCode"),
                        filters.get("formationCode"), status(filters.get("status")), filters.get("assignedVerifier"),
                        awaitingConfirmation, filters.get("fullName")), request));
    }

    public ApplicationStatus[] getStatuses() { return ApplicationStatus.values(); }

    public void assign() {
        List<String> numbers = selected.stream().map(ApplicationRow::registrationNumber).toList();
        if (UseCase.run(() -> verification.assign(numbers, verifier), "verification.assignedMessage", numbers.size(),
                verifier)) {
            selected = new ArrayList<>();
        }
    }

    public void prepareAnnouncement() {
        UseCase.run(() -> announcements.prepareNext(periodCode, AnnouncementStage.ADMINISTRATION),
                "announcement.preparedMessage", periodCode);
    }

    private static ApplicationStatus status(String text) {
        return text == null ? null : ApplicationStatus.valueOf(text);
    }

    public PagedLazyModel<ApplicationRow> getTable() { return table; }

    public boolean isAwaitingConfirmation() { return awaitingConfirmation; }

    public void setAwaitingConfirmation(boolean awaitingConfirmation) {
        this.awaitingConfirmation = awaitingConfirmation;
    }

    public List<ApplicationRow> getSelected() { return selected; }

    public void setSelected(List<ApplicationRow> selected) { this.selected = selected; }

    public String getVerifier() { return verifier; }

    public void setVerifier(String verifier) { this.verifier = verifier; }
}
