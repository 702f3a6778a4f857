package id.sofifi.asn.selection.batch;

import id.sofifi.asn.selection.domain.FinalCandidate;
import id.sofifi.asn.selection.domain.FinalScore;
import id.sofifi.asn.selection.domain.FinalStatus;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkbScore;
import id.sofifi.asn.selection.domain.SkdScore;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Those who proceeded from SKD (P/L) in the formations, with their SKB result converted by the
 * formation's weights (§1.6); no SKB result imported means absent (TH).
 */
@Dependent
public class FinalCandidates {
    private static final String CANDIDATES = "SELECT a.formation_id, a.id, a.registration_number, a.gpa,"
            + " a.birth_date, s.twk, s.tiu, s.tkp, k.cat_score, k.cat_max, k.extra_score, k.extra_max"
            + " FROM application a JOIN skd_score s ON s.application_id = a.id"
            + " LEFT JOIN skb_score k ON k.application_id = a.id" + " WHERE a.formation_id = ANY (?::bigint[]) AND "
            + SelectionResultRepository.proceededFromSkd("a.id");

    /** The candidates of the given formations, by formation id. */
    Map<Long, List<FinalCandidate>> of(Connection c, Long[] formationIds, Map<Long, RankedFormation> formations)
            throws SQLException {
        Map<Long, List<FinalCandidate>> byFormation = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(CANDIDATES)) {
            select.setArray(1, c.createArrayOf("bigint", formationIds));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long formation = rs.getLong(1);
                    BigDecimal catScore = rs.getBigDecimal(9);
                    BigDecimal skb100 = catScore == null
                            ? null
                            : FinalScore.skb100(new SkbScore(catScore, rs.getBigDecimal(10), rs.getBigDecimal(11),
                                    rs.getBigDecimal(12)), formations.get(formation).weights());
                    byFormation.computeIfAbsent(formation, f -> new ArrayList<>())
                            .add(new FinalCandidate(rs.getLong(2), rs.getString(3),
                                    skb100 == null ? FinalStatus.ABSENT : FinalStatus.PRESENT,
                                    new SkdScore(rs.getInt(6), rs.getInt(7), rs.getInt(8)), skb100, rs.getBigDecimal(4),
                                    rs.getDate(5).toLocalDate()));
                }
            }
        }
        return byFormation;
    }
}
