package id.sofifi.asn.recruitment.batch;

import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.batch.JobPeriod;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one row: its fields, its formation in this period, and that neither its registration number
 * nor its NIK already appeared earlier in the same file. A bad row is filtered out with its errors kept.
 */
@Named
@Dependent
public class ApplicationImportProcessor implements ItemProcessor {
    @Inject
    JobPeriod period;

    @Inject
    PeriodFormations formations;

    @Inject
    ImportRowErrors errors;

    private final Map<String, Long> numbersSeen = new HashMap<>();
    private final Map<String, Long> niksSeen = new HashMap<>();

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        Optional<ImportedApplication> parsed = ImportedApplication.parse(row, violations);
        Long formationId = null;
        if (parsed.isPresent()) {
            ImportedApplication application = parsed.get();
            formationId = formations.id(application.formationCode());
            violations.check(formationId != null, "formation_code", "import.formationUnknown",
                    application.formationCode(), period.code());
            Long earlier = numbersSeen.putIfAbsent(application.registrationNumber(), row.line());
            violations.check(earlier == null, "registration_number", "import.duplicateRow", earlier);
            Long sameNik = niksSeen.putIfAbsent(application.nik().value(), row.line());
            violations.check(sameNik == null || earlier != null, "nik", "import.duplicateNik", sameNik);
        }
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return new ImportItem(parsed.get(), formationId);
    }

    /** A valid row with its formation resolved. */
    public record ImportItem(ImportedApplication application, long formationId) {
    }
}
