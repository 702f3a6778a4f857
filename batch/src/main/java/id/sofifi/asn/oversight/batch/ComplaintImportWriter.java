package id.sofifi.asn.oversight.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.oversight.domain.ReporterSecret;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk of forwarded cases in three set-based statements: the cases (a tracking code already here is left
 * as it is, so a re-sent forward adds nothing and a case being worked is never overwritten), then for the new ones
 * their reporter (kept apart, §5) and the first line of their timeline, received at the moment SP4N-LAPOR! received
 * it. Each gets a reporter secret that is never shown: the reporter follows the case on SP4N-LAPOR!. One audit event
 * per chunk.
 */
@Named
@Dependent
public class ComplaintImportWriter extends ImportWriter<ForwardedComplaint> {
    private static final String CASES = "INSERT INTO complaint (tracking_code, kind, privacy, title, body,"
            + " work_unit_id, received_at, secret_hash, status) SELECT u.*, 'RECEIVED' FROM unnest(?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::timestamptz[], ?::varchar[])"
            + " AS u ON CONFLICT (tracking_code) DO NOTHING RETURNING id, tracking_code";
    private static final String REPORTERS = "INSERT INTO complaint_reporter (complaint_id, name, email)"
            + " SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::varchar[])";
    private static final String FILED = "INSERT INTO complaint_event (complaint_id, at, kind, status, note)"
            + " SELECT u.id, u.at, 'FILED', 'RECEIVED', 'SP4N-LAPOR!' FROM unnest(?::bigint[], ?::timestamptz[])"
            + " AS u (id, at)";

    public ComplaintImportWriter() {
        super("complaint.imported", "ComplaintImport", "Impor laporan SP4N-LAPOR!");
    }

    @Override
    protected long line(ForwardedComplaint row) {
        return row.row().line();
    }

    @Override
    protected Stored store(Connection c, List<ForwardedComplaint> rows, Instant now) throws SQLException {
        Map<String, Long> added = new HashMap<>();
        try (PreparedStatement cases = c.prepareStatement(CASES)) {
            cases.setArray(1, textArray(c, rows, r -> r.row().trackingCode()));
            cases.setArray(2, textArray(c, rows, r -> r.row().filing().kind().name()));
            cases.setArray(3, textArray(c, rows, r -> r.row().filing().privacy().name()));
            cases.setArray(4, textArray(c, rows, r -> r.row().filing().title().strip()));
            cases.setArray(5, textArray(c, rows, r -> r.row().filing().body().strip()));
            cases.setArray(6, c.createArrayOf("bigint", rows.stream().map(ForwardedComplaint::workUnitId).toArray()));
            cases.setArray(7, textArray(c, rows, r -> r.row().receivedAt().toString()));
            cases.setArray(8, textArray(c, rows, r -> ReporterSecret.create().hash()));
            try (ResultSet result = cases.executeQuery()) {
                while (result.next()) {
                    added.put(result.getString(2), result.getLong(1));
                }
            }
        }
        List<ForwardedComplaint> fresh = new ArrayList<>(
                rows.stream().filter(r -> added.containsKey(r.row().trackingCode())).toList());
        Object[] ids = fresh.stream().map(r -> added.get(r.row().trackingCode())).toArray();
        try (PreparedStatement reporters = c.prepareStatement(REPORTERS);
                PreparedStatement filed = c.prepareStatement(FILED)) {
            reporters.setArray(1, c.createArrayOf("bigint", ids));
            reporters.setArray(2, textArray(c, fresh, r -> r.row().filing().reporter().name()));
            reporters.setArray(3, textArray(c, fresh, r -> r.row().filing().reporter().email()));
            reporters.executeUpdate();
            filed.setArray(1, c.createArrayOf("bigint", ids));
            filed.setArray(2, textArray(c, fresh, r -> r.row().receivedAt().toString()));
            filed.executeUpdate();
        }
        return new Stored(rows, fresh.size() + " baru, " + (rows.size() - fresh.size()) + " sudah ada");
    }
}
