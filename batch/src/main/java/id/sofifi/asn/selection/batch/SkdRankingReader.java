package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.Attendance;
import id.sofifi.asn.selection.domain.SkdCandidate;
import id.sofifi.asn.selection.domain.SkdScore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everyone found MS in the formations, with their SKD result; no result imported means absent (TH). */
@Named
@Dependent
public class SkdRankingReader extends FormationReader<SkdCandidate> {
    private static final String CANDIDATES = "SELECT a.formation_id, a.id, a.registration_number, a.gpa, a.birth_date,"
            + " s.attendance, s.twk, s.tiu, s.tkp FROM application a LEFT JOIN skd_score s ON s.application_id = a.id"
            + " WHERE a.formation_id = ANY (?::bigint[]) AND a.status = 'MS'";

    @Override
    protected Map<Long, List<SkdCandidate>> candidates(Connection c, Long[] formationIds) throws SQLException {
        Map<Long, List<SkdCandidate>> byFormation = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(CANDIDATES)) {
            select.setArray(1, c.createArrayOf("bigint", formationIds));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String attendance = rs.getString(6);
                    SkdScore score = "PRESENT".equals(attendance)
                            ? new SkdScore(rs.getInt(7), rs.getInt(8), rs.getInt(9))
                            : null;
                    byFormation.computeIfAbsent(rs.getLong(1), f -> new ArrayList<>())
                            .add(new SkdCandidate(rs.getLong(2), rs.getString(3),
                                    attendance == null ? Attendance.ABSENT : Attendance.valueOf(attendance), score,
                                    rs.getBigDecimal(4), rs.getDate(5).toLocalDate()));
                }
            }
        }
        return byFormation;
    }
}
