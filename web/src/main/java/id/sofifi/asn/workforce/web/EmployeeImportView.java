package id.sofifi.asn.workforce.web;

import id.sofifi.asn.jobs.web.CsvUpload;
import id.sofifi.asn.jobs.web.JobProgress;
import id.sofifi.asn.workforce.application.EmployeeImportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.InputStream;

/**
 * Impor pegawai: an administrator uploads the personnel system's CSV of the existing workforce; the import runs as
 * a batch job the screen follows ({@link JobProgress}) with its row errors.
 */
@Named
@ViewScoped
public class EmployeeImportView extends CsvUpload {
    private static final long serialVersionUID = 1L;

    @EJB
    EmployeeImportService imports;

    @Override
    protected long launch(InputStream csv) {
        return imports.start(csv);
    }
}
