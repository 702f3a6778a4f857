package id.sofifi.asn.jobs.web;

import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A screen that uploads one CSV and follows the import job it starts ({@link JobProgress}): a subclass names the
 * use case that starts the job. A missing or empty file is refused before anything starts.
 */
public abstract class CsvUpload implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    JobProgress progress;

    private transient Part file;

    /** Starts the import of the uploaded CSV; answers the job execution id. */
    protected abstract long launch(InputStream csv);

    public void start() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import.chooseFile");
            return;
        }
        try (InputStream csv = file.getInputStream()) {
            UseCase.run(() -> progress.follow(launch(csv)), "import.started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Part getFile() { return file; }

    public void setFile(Part file) { this.file = file; }
}
