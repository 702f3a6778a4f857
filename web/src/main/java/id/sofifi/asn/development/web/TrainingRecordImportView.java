package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.TrainingRecordImportService;
import id.sofifi.asn.jobs.web.CsvUpload;
import id.sofifi.asn.jobs.web.JobProgress;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.InputStream;

/**
 * Impor riwayat pelatihan: an administrator uploads a partner's CSV of completed trainings; the import runs as a
 * batch job the screen follows ({@link JobProgress}) with its row errors.
 */
@Named
@ViewScoped
public class TrainingRecordImportView extends CsvUpload {
    private static final long serialVersionUID = 1L;

    @EJB
    TrainingRecordImportService imports;

    @Override
    protected long launch(InputStream csv) {
        return imports.start(csv);
    }
}
