package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.kernel.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.selection.domain.ImportedScore;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one score row on its own and against the earlier rows of the same file: a registration number
 * given twice is an error (which of the two scores is right is for the sender to say). Bad rows are
 * filtered out with their errors kept.
 */
abstract class ScoreRowProcessor implements ItemProcessor {
    @Inject
    ImportRowErrors errors;

    private final Map<String, Long> seen = new HashMap<>();

    protected abstract Optional<? extends ImportedScore> parse(CsvReader.Row row, Violations violations);

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        Optional<? extends ImportedScore> parsed = parse(row, violations);
        parsed.ifPresent(score -> {
            Long earlier = seen.putIfAbsent(score.registrationNumber(), row.line());
            violations.check(earlier == null, "registration_number", "import.duplicateRow", earlier);
        });
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return parsed.get();
    }
}
