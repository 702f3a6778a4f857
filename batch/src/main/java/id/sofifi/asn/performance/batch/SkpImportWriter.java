package id.sofifi.asn.performance.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.performance.domain.AssessmentSource;
import id.sofifi.asn.performance.domain.ImportedAssessment;
import id.sofifi.asn.workforce.domain.KnownEmployees;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a chunk of valid assessments in one upsert: a new period is added, a re-sent one (same NIP, year and period:
 * the unique key of V23) gets the row's ratings, predicate and official, so re-sending never duplicates. Refused per
 * row: a NIP or an official's NIP that is no employee's (asked of workforce's {@link KnownEmployees} for the chunk),
 * and a period an official rated here (the upsert leaves it and does not return it: the import may not overwrite an
 * official's own rating). One audit event per chunk records who imported what.
 */
@Named
@Dependent
public class SkpImportWriter extends ImportWriter<ImportedAssessment> {
    private static final String UPSERT = "INSERT INTO skp_assessment (nip, assessment_year, period, results,"
            + " behaviour, predicate, evaluator_nip, source, assessed_at) SELECT u.*, '" + AssessmentSource.IMPORTED
            + "', ? FROM unnest(?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[]) AS u ON CONFLICT (nip, assessment_year, period) DO UPDATE SET results = EXCLUDED.results,"
            + " behaviour = EXCLUDED.behaviour, predicate = EXCLUDED.predicate,"
            + " evaluator_nip = EXCLUDED.evaluator_nip, assessed_at = EXCLUDED.assessed_at,"
            + " version = skp_assessment.version + 1 WHERE skp_assessment.source = '" + AssessmentSource.IMPORTED
            + "' RETURNING nip, assessment_year, period, xmax = 0";

    @Inject
    KnownEmployees employees;

    public SkpImportWriter() {
        super("skp.imported", "SkpImport", "Impor penilaian SKP");
    }

    @Override
    protected long line(ImportedAssessment row) {
        return row.line();
    }

    @Override
    protected Stored store(Connection c, List<ImportedAssessment> rows, Instant now) throws SQLException {
        Set<String> known = employees.among(
                rows.stream().flatMap(r -> Stream.of(r.nip().value(), r.evaluatorNip().value())).distinct().toList());
        List<ImportedAssessment> accepted = new ArrayList<>();
        for (ImportedAssessment row : rows) {
            if (!known.contains(row.nip().value())) {
                refuse(row.line(), new Violation("nip", "skp.employeeUnknown", List.of(row.nip().value())));
            } else if (!known.contains(row.evaluatorNip().value())) {
                refuse(row.line(),
                        new Violation("evaluator_nip", "skp.employeeUnknown", List.of(row.evaluatorNip().value())));
            } else {
                accepted.add(row);
            }
        }
        Map<String, Boolean> written = upsert(c, accepted, now);
        List<ImportedAssessment> stored = new ArrayList<>();
        for (ImportedAssessment row : accepted) {
            if (written.containsKey(row.key())) {
                stored.add(row);
            } else {
                refuse(row.line(), new Violation("period", "skp.ratedHere", List.of(row.period().name(), row.year())));
            }
        }
        long added = stored.stream().filter(r -> written.get(r.key())).count();
        return new Stored(stored, added + " baru, " + (stored.size() - added) + " diperbarui, "
                + (rows.size() - stored.size()) + " ditolak");
    }

    /** Upserts the rows in one statement; answers each written assessment's key, true when it was new. */
    private static Map<String, Boolean> upsert(Connection c, List<ImportedAssessment> rows, Instant now)
            throws SQLException {
        Map<String, Boolean> written = new HashMap<>();
        if (rows.isEmpty()) {
            return written;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setTimestamp(1, Timestamp.from(now));
            upsert.setArray(2, textArray(c, rows, r -> r.nip().value()));
            upsert.setArray(3, c.createArrayOf("int4", rows.stream().map(ImportedAssessment::year).toArray()));
            upsert.setArray(4, textArray(c, rows, r -> r.period().name()));
            upsert.setArray(5, textArray(c, rows, r -> r.ratings().results().name()));
            upsert.setArray(6, textArray(c, rows, r -> r.ratings().behaviour().name()));
            upsert.setArray(7, textArray(c, rows, r -> r.predicate().name()));
            upsert.setArray(8, textArray(c, rows, r -> r.evaluatorNip().value()));
            try (ResultSet result = upsert.executeQuery()) {
                while (result.next()) {
                    written.put(ImportedAssessment.key(result.getString(1), result.getInt(2), result.getString(3)),
                            result.getBoolean(4));
                }
            }
        }
        return written;
    }
}
