package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.jobs.web.JobProgress;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.ApplicationImportService;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import id.sofifi.asn.selection.application.ScoreImportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Impor: an operator uploads a CSV — applicants from another registration system, or SKD or SKB results;
 * the import runs as a batch job whose progress the screen follows ({@link JobProgress}), with the row errors
 * and a downloadable error report.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** What can be imported, as the keys {@code import.kind.*} name them. */
    private static final List<String> KINDS = List.of("applications", "skd", "skb");

    @EJB
    ApplicationImportService imports;

    @EJB
    ScoreImportService scores;

    @Inject
    JobProgress progress;

    @EJB
    SelectionPeriodService periods;

    private String periodCode;
    private String kind = KINDS.get(0);
    private transient Part file;

    public List<PeriodView> getPeriodChoices() {
        return periods.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    public void start() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import.chooseFile");
            return;
        }
        try (InputStream csv = file.getInputStream()) {
            UseCase.run(() -> progress.follow(switch (kind) {
                case "skd" -> scores.startSkd(periodCode, csv, null);
                case "skb" -> scores.startSkb(periodCode, csv, null);
                default -> imports.start(periodCode, csv);
            }), "import.started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> getKinds() { return KINDS; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    public String getPeriodCode() { return periodCode; }

    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }

    public Part getFile() { return file; }

    public void setFile(Part file) { this.file = file; }
}
