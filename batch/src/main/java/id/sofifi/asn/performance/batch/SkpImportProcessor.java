package id.sofifi.asn.performance.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.ImportedAssessment;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks one row: its fields ({@link ImportedAssessment}: NIPs, year, period, ratings, the official not the
 * employee) and that the same employee's period did not appear earlier in the file. A bad row is filtered out with
 * its errors kept. Whether the NIPs are employees' the writer asks of workforce, for the whole chunk at once.
 */
@Named
@Dependent
public class SkpImportProcessor implements ItemProcessor {
    @Inject
    ImportRowErrors errors;

    @Inject
    Clock clock;

    private final Map<String, Long> seen = new HashMap<>();

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        ImportedAssessment assessment = ImportedAssessment
                .parse(row, LocalDate.now(clock.withZone(Wit.ZONE)).getYear(), violations).orElse(null);
        if (assessment != null) {
            Long earlier = seen.putIfAbsent(assessment.key(), row.line());
            violations.check(earlier == null, "row", "skp.duplicateRow", earlier);
        }
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return assessment;
    }
}
