package id.sofifi.asn.development.batch;

import id.sofifi.asn.development.domain.ImportedTrainingRecord;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one row: its fields ({@link ImportedTrainingRecord}), that its training code names a training held here
 * (whose title, partner and competence it then takes), and that neither the same completion nor the same
 * certificate number appeared earlier in the file. A bad row is filtered out with its errors kept. Whether the NIP
 * is an employee's the writer asks of workforce, for the whole chunk at once.
 */
@Named
@Dependent
public class TrainingRecordImportProcessor implements ItemProcessor {
    @Inject
    TrainingRepository trainings;

    @Inject
    ImportRowErrors errors;

    @Inject
    Clock clock;

    /** Trainings by code, empty for an unknown code; a partner's file names a few trainings many times. */
    private final Map<String, Optional<Training>> byCode = new HashMap<>();
    private final Map<String, Long> completionsSeen = new HashMap<>();
    private final Map<String, Long> certificatesSeen = new HashMap<>();

    @Override
    public Object processItem(Object item) throws SQLException {
        CsvReader.Row row = (CsvReader.Row) item;
        Violations violations = new Violations();
        Optional<ImportedTrainingRecord> parsed = ImportedTrainingRecord.parse(row,
                LocalDate.now(clock.withZone(Wit.ZONE)), violations);
        ImportedTrainingRecord record = parsed.orElse(null);
        if (record != null) {
            if (record.trainingCode() != null) {
                Optional<Training> training = byCode.computeIfAbsent(record.trainingCode(), trainings::findByCode);
                violations.check(training.isPresent(), "training_code", "trainingRecord.trainingUnknown",
                        record.trainingCode());
                record = training.map(record::of).orElse(record);
            }
        }
        if (violations.isEmpty()) {
            Long earlier = completionsSeen.putIfAbsent(record.key(), row.line());
            violations.check(earlier == null, "row", "trainingRecord.duplicateRow", earlier);
            Long sameNumber = record.certificateNumber() == null
                    ? null
                    : certificatesSeen.putIfAbsent(record.certificateNumber(), row.line());
            violations.check(sameNumber == null || earlier != null, "certificate_number",
                    "trainingRecord.duplicateCertificate", sameNumber);
        }
        if (!violations.isEmpty()) {
            errors.record(row.line(), violations.found());
            return null;
        }
        return record;
    }
}
