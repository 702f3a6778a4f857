package id.sofifi.asn.workforce.web;

import id.sofifi.asn.jobs.web.JobProgress;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.workforce.application.EmployeeImportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Impor pegawai: an administrator uploads the personnel system's CSV of the existing workforce; the import runs as
 * a batch job the screen follows ({@link JobProgress}) with its row errors.
 */
@Named
@ViewScoped
public class EmployeeImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    EmployeeImportService imports;

    @Inject
    JobProgress progress;

    private transient Part file;

    public void start() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import.chooseFile");
            return;
        }
        try (InputStream csv = file.getInputStream()) {
            UseCase.run(() -> progress.follow(imports.start(csv)), "import.started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Part getFile() { return file; }

    public void setFile(Part file) { this.file = file; }
}
