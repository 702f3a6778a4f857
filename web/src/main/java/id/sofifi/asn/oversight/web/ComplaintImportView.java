package id.sofifi.asn.oversight.web;

import id.sofifi.asn.jobs.web.CsvUpload;
import id.sofifi.asn.oversight.application.ComplaintImportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.InputStream;

/**
 * Impor SP4N-LAPOR!: an administrator uploads the CSV of forwarded cases; the import runs as a batch job the screen
 * follows with its row errors.
 */
@Named
@ViewScoped
public class ComplaintImportView extends CsvUpload {
    private static final long serialVersionUID = 1L;

    @EJB
    ComplaintImportService imports;

    @Override
    protected long launch(InputStream csv) {
        return imports.start(csv);
    }
}
