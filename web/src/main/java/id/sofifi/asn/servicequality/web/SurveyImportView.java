package id.sofifi.asn.servicequality.web;

import id.sofifi.asn.jobs.web.CsvUpload;
import id.sofifi.asn.servicequality.application.SurveyImportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.InputStream;

/**
 * Impor formulir survei kertas on the service-units screen: an administrator picks the unit and uploads the CSV of
 * its paper forms; the import runs as a batch job the screen follows, with its row errors.
 */
@Named
@ViewScoped
public class SurveyImportView extends CsvUpload {
    private static final long serialVersionUID = 1L;

    @EJB
    SurveyImportService imports;

    private String unit;

    @Override
    protected long launch(InputStream csv) {
        return imports.start(unit, csv);
    }

    public String getUnit() { return unit; }

    public void setUnit(String unit) { this.unit = unit; }
}
