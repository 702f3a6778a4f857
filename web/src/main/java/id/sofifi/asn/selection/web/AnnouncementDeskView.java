package id.sofifi.asn.selection.web;

import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.web.PeriodScreen;
import id.sofifi.asn.selection.application.AnnouncementService;
import id.sofifi.asn.selection.application.AnnouncementSummary;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Meja pengumuman: staff prepare a draft of a stage's results (or a correction of a published
 * announcement) and a second account approves it. The preparer sees their own draft's approve button
 * disabled, with the reason; the use case refuses it as well.
 */
@Named
@ViewScoped
public class AnnouncementDeskView extends PeriodScreen {
    private static final long serialVersionUID = 1L;

    @EJB
    AnnouncementService announcements;

    private AnnouncementStage stage = AnnouncementStage.ADMINISTRATION;
    private Long correctsId;
    private List<AnnouncementSummary> all;
    private String caller;

    @PostConstruct
    void init() {
        caller = announcements.caller();
        reload();
    }

    public void reload() {
        all = periodCode == null ? List.of() : announcements.ofPeriod(periodCode);
        correctsId = null;
    }

    public void prepare() {
        UseCase.run(() -> announcements.prepare(periodCode, stage, correctsId), "publication.prepared");
        reload();
    }

    public void approve(long id) {
        UseCase.run(() -> announcements.approve(id), "publication.approved", String.valueOf(id));
        reload();
    }

    public boolean isOwn(AnnouncementSummary a) {
        return a.preparedBy().equals(caller);
    }

    public List<AnnouncementSummary> getDrafts() { return all.stream().filter(a -> !a.published()).toList(); }

    public List<AnnouncementSummary> getPublished() {
        return all.stream().filter(AnnouncementSummary::published).toList();
    }

    /** Published announcements of the chosen stage that are not yet corrected: what a correction may name. */
    public List<AnnouncementSummary> getCorrectable() {
        return all.stream().filter(a -> a.published() && a.stage() == stage && a.correctedById() == null).toList();
    }

    public AnnouncementStage[] getStages() { return AnnouncementStage.values(); }

    public AnnouncementStage getStage() { return stage; }

    public void setStage(AnnouncementStage stage) { this.stage = stage; }

    public Long getCorrectsId() { return correctsId; }

    public void setCorrectsId(Long correctsId) { this.correctsId = correctsId; }
}
