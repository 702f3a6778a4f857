package id.sofifi.asn.servicequality.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.servicequality.domain.PaperResponse;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks one paper form ({@link PaperResponse}); a bad row is filtered out with its errors kept by line. Two equal
 * rows in a file are two respondents who answered alike, so nothing here looks for duplicates.
 */
@Named
@Dependent
public class SurveyImportProcessor implements ItemProcessor {
    @Inject
    ImportRowErrors errors;

    @Inject
    Clock clock;

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        PaperResponse form = PaperResponse.parse(row, LocalDate.now(clock.withZone(Wit.ZONE)), violations).orElse(null);
        if (form == null) {
            errors.record(row.line(), violations.found());
        }
        return form;
    }
}
