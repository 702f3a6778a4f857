package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.CsvRowReader;
import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.selection.domain.ImportedScore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one score row on its own and against the earlier rows of the same file: a registration number
 * given twice is an error (which of the two scores is right is for the sender to say). Bad rows are
 * filtered out with their errors kept. A restarted job hands over its first row past the checkpoint; the
 * numbers of the rows before it are read again from the file first, so a number repeated across the
 * checkpoint is still an error row, not a silent update of the score imported before the stop.
 */
abstract class ScoreRowProcessor implements ItemProcessor {
    /** The first line that can hold a row: the header is line 1. */
    private static final long FIRST_ROW_LINE = 2;

    @Inject
    ImportRowErrors errors;

    /** The stored CSV and its header, as the reader has them. */
    @Inject
    @BatchProperty(name = "file")
    String file;

    @Inject
    @BatchProperty(name = "columns")
    String columns;

    private Map<String, Long> seen;

    protected abstract Optional<? extends ImportedScore> parse(CsvReader.Row row, Violations violations);

    @Override
    public Object processItem(Object item) throws SQLException, IOException {
        CsvReader.Row row = (CsvReader.Row) item;
        if (seen == null) {
            seen = numbersBefore(row.line());
        }
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

    /** The registration numbers of the valid rows before {@code line}, each with the first line giving it. */
    private Map<String, Long> numbersBefore(long line) throws IOException {
        Map<String, Long> numbers = new HashMap<>();
        if (line <= FIRST_ROW_LINE) {
            return numbers;
        }
        try (CsvReader csv = CsvRowReader.open(file, columns)) {
            for (Optional<CsvReader.Row> next = csv.next(); next.isPresent()
                    && next.get().line() < line; next = csv.next()) {
                CsvReader.Row earlier = next.get();
                parse(earlier, new Violations())
                        .ifPresent(score -> numbers.putIfAbsent(score.registrationNumber(), earlier.line()));
            }
        }
        return numbers;
    }
}
