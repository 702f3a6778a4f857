package id.sofifi.asn.development.batch;

import id.sofifi.asn.development.domain.ImportedTrainingRecord;
import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk of valid training records: a new completion is added, a re-sent one (same NIP, training or title
 * held elsewhere, completion date: the unique keys of V14) gets the row's JP and certificate number, so re-sending
 * never duplicates. Refused per row: a certificate number another completion holds, and a completion this system
 * recorded itself from a passed enrolment (its JP and certificate are this system's, not a partner's). An empty
 * certificate number keeps the one recorded. One audit event per chunk records who imported what.
 */
@Named
@Dependent
public class TrainingRecordImportWriter extends ImportWriter<ImportedTrainingRecord> {
    private static final String INSERT = "INSERT INTO training_record (nip, training_code, title, partner_name,"
            + " competence, latsar, jp, completed_on, certificate_number, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ";
    private static final String UPDATE = " DO UPDATE SET jp = EXCLUDED.jp,"
            + " certificate_number = COALESCE(EXCLUDED.certificate_number, training_record.certificate_number)"
            + " WHERE training_record.enrolment_id IS NULL RETURNING xmax = 0";
    private static final String HELD_HERE = INSERT
            + "(nip, training_code, completed_on) WHERE training_code IS NOT NULL" + UPDATE;
    private static final String HELD_ELSEWHERE = INSERT + "(nip, title, completed_on) WHERE training_code IS NULL"
            + UPDATE;

    public TrainingRecordImportWriter() {
        super("trainingRecord.imported", "TrainingRecordImport", "Impor riwayat pelatihan");
    }

    @Override
    protected long line(ImportedTrainingRecord row) {
        return row.line();
    }

    @Override
    protected Stored store(Connection c, List<ImportedTrainingRecord> rows, Instant now) throws SQLException {
        Map<String, String> certificateHolders = certificateHolders(c, rows);
        List<ImportedTrainingRecord> stored = new ArrayList<>();
        int added = 0;
        try (PreparedStatement here = c.prepareStatement(HELD_HERE);
                PreparedStatement elsewhere = c.prepareStatement(HELD_ELSEWHERE)) {
            for (ImportedTrainingRecord row : rows) {
                String holder = certificateHolders.get(row.certificateNumber());
                if (holder != null && !holder.equals(row.key())) {
                    refuse(row.line(), new Violation("certificate_number", "trainingRecord.certificateTaken",
                            List.of(row.certificateNumber())));
                    continue;
                }
                PreparedStatement upsert = row.trainingCode() == null ? elsewhere : here;
                bind(upsert, row, now);
                try (ResultSet result = upsert.executeQuery()) {
                    if (!result.next()) {
                        refuse(row.line(), new Violation("training_code", "trainingRecord.completedHere",
                                List.of(row.trainingCode(), row.completedOn())));
                        continue;
                    }
                    added += result.getBoolean(1) ? 1 : 0;
                    stored.add(row);
                }
            }
        }
        return new Stored(stored, added + " baru, " + (stored.size() - added) + " diperbarui, "
                + (rows.size() - stored.size()) + " ditolak");
    }

    private static void bind(PreparedStatement upsert, ImportedTrainingRecord row, Instant now) throws SQLException {
        upsert.setString(1, row.nip().value());
        upsert.setString(2, row.trainingCode());
        upsert.setString(3, row.title());
        upsert.setString(4, row.partnerName());
        upsert.setString(5, row.competence() == null ? null : row.competence().name());
        upsert.setBoolean(6, row.latsar());
        upsert.setBigDecimal(7, row.jp().value());
        upsert.setObject(8, row.completedOn(), Types.DATE);
        upsert.setString(9, row.certificateNumber());
        upsert.setTimestamp(10, Timestamp.from(now));
    }

    /** The completion ({@link ImportedTrainingRecord#key()}) that already holds each certificate number of the chunk. */
    private static Map<String, String> certificateHolders(Connection c, List<ImportedTrainingRecord> rows)
            throws SQLException {
        Map<String, String> holders = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT certificate_number, nip, training_code, title,"
                + " completed_on FROM training_record WHERE certificate_number = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar",
                    rows.stream().map(ImportedTrainingRecord::certificateNumber).filter(n -> n != null).toArray()));
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
