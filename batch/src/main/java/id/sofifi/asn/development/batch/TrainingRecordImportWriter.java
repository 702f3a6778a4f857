package id.sofifi.asn.development.batch;

import id.sofifi.asn.development.domain.ImportedTrainingRecord;
import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
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

/**
 * Writes a chunk of valid training records in one upsert per kind (held here, held elsewhere): a new completion is
 * added, a re-sent one (same NIP, training or title held elsewhere, completion date: the unique keys of V14) gets
 * the row's JP and certificate number, so re-sending never duplicates. Refused per row: a NIP that is no employee's
 * (asked of workforce's {@link KnownEmployees} for the chunk), a certificate number another completion holds, and a
 * completion this system recorded itself from a passed enrolment (its JP and certificate are this system's, not a
 * partner's; the upsert leaves it and does not return it). An empty certificate number keeps the one recorded. One
 * audit event per chunk records who imported what.
 */
@Named
@Dependent
public class TrainingRecordImportWriter extends ImportWriter<ImportedTrainingRecord> {
    private static final String UPSERT = "INSERT INTO training_record (nip, training_code, title, partner_name,"
            + " competence, latsar, jp, completed_on, certificate_number, created_at) SELECT u.*, ? FROM unnest("
            + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::numeric[],"
            + " ?::date[], ?::varchar[]) AS u ON CONFLICT ";
    private static final String UPDATE = " DO UPDATE SET jp = EXCLUDED.jp,"
            + " certificate_number = COALESCE(EXCLUDED.certificate_number, training_record.certificate_number)"
            + " WHERE training_record.enrolment_id IS NULL RETURNING nip, training_code, title, completed_on, xmax = 0";
    private static final String HELD_HERE = UPSERT
            + "(nip, training_code, completed_on) WHERE training_code IS NOT NULL" + UPDATE;
    private static final String HELD_ELSEWHERE = UPSERT + "(nip, title, completed_on) WHERE training_code IS NULL"
            + UPDATE;

    @Inject
    KnownEmployees employees;

    public TrainingRecordImportWriter() {
        super("trainingRecord.imported", "TrainingRecordImport", "Impor riwayat pelatihan");
    }

    @Override
    protected long line(ImportedTrainingRecord row) {
        return row.line();
    }

    @Override
    protected Stored store(Connection c, List<ImportedTrainingRecord> rows, Instant now) throws SQLException {
        Set<String> known = employees.among(rows.stream().map(r -> r.nip().value()).distinct().toList());
        Map<String, String> certificateHolders = certificateHolders(c, rows);
        List<ImportedTrainingRecord> accepted = new ArrayList<>();
        for (ImportedTrainingRecord row : rows) {
            String holder = certificateHolders.get(row.certificateNumber());
            if (!known.contains(row.nip().value())) {
                refuse(row.line(), new Violation("nip", "trainingRecord.employeeUnknown", List.of(row.nip().value())));
            } else if (holder != null && !holder.equals(row.key())) {
                refuse(row.line(), new Violation("certificate_number", "trainingRecord.certificateTaken",
                        List.of(row.certificateNumber())));
            } else {
                accepted.add(row);
            }
        }
        Map<String, Boolean> written = new HashMap<>();
        upsert(c, HELD_HERE, accepted.stream().filter(r -> r.trainingCode() != null).toList(), now, written);
        upsert(c, HELD_ELSEWHERE, accepted.stream().filter(r -> r.trainingCode() == null).toList(), now, written);
        List<ImportedTrainingRecord> stored = new ArrayList<>();
        for (ImportedTrainingRecord row : accepted) {
            if (written.containsKey(row.key())) {
                stored.add(row);
            } else {
                refuse(row.line(), new Violation("training_code", "trainingRecord.completedHere",
                        List.of(row.trainingCode(), row.completedOn())));
            }
        }
        long added = stored.stream().filter(r -> written.get(r.key())).count();
        return new Stored(stored, added + " baru, " + (stored.size() - added) + " diperbarui, "
                + (rows.size() - stored.size()) + " ditolak");
    }

    /** Upserts the rows in one statement; records each written completion's key, true when it was new. */
    private static void upsert(Connection c, String sql, List<ImportedTrainingRecord> rows, Instant now,
            Map<String, Boolean> written) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(sql)) {
            upsert.setTimestamp(1, Timestamp.from(now));
            upsert.setArray(2, textArray(c, rows, r -> r.nip().value()));
            upsert.setArray(3, textArray(c, rows, ImportedTrainingRecord::trainingCode));
            upsert.setArray(4, textArray(c, rows, ImportedTrainingRecord::title));
            upsert.setArray(5, textArray(c, rows, ImportedTrainingRecord::partnerName));
            upsert.setArray(6, textArray(c, rows, r -> r.competence() == null ? null : r.competence().name()));
            upsert.setArray(7, c.createArrayOf("bool", rows.stream().map(ImportedTrainingRecord::latsar).toArray()));
            upsert.setArray(8, textArray(c, rows, r -> r.jp().value().toPlainString()));
            upsert.setArray(9, textArray(c, rows, r -> r.completedOn().toString()));
            upsert.setArray(10, textArray(c, rows, ImportedTrainingRecord::certificateNumber));
            try (ResultSet result = upsert.executeQuery()) {
                while (result.next()) {
                    written.put(ImportedTrainingRecord.key(result.getString(1), result.getString(2),
                            result.getString(3), result.getDate(4).toLocalDate()), result.getBoolean(5));
                }
            }
        }
    }

    /**
     * The completion ({@link ImportedTrainingRecord#key()}) that already holds each certificate number of the
     * chunk.
     */
    private static Map<String, String> certificateHolders(Connection c, List<ImportedTrainingRecord> rows)
            throws SQLException {
        Map<String, String> holders = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT certificate_number, nip, training_code, title,"
                + " completed_on FROM training_record WHERE certificate_number = ANY (?)")) {
            select.setArray(1, textArray(c, rows.stream().filter(r -> r.certificateNumber() != null).toList(),
                    ImportedTrainingRecord::certificateNumber));
            try (ResultSet held = select.executeQuery()) {
                while (held.next()) {
                    holders.put(held.getString(1), ImportedTrainingRecord.key(held.getString(2), held.getString(3),
                            held.getString(4), held.getDate(5).toLocalDate()));
                }
            }
        }
        return holders;
    }
}
