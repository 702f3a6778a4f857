package id.sofifi.asn.selection.batch;

import id.sofifi.asn.jobs.batch.JobPeriod;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import id.sofifi.asn.recruitment.domain.SkbWeights;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The period a ranking job works on: its id, its thresholds (§1.4) and its formations. */
@Dependent
public class SelectionTarget {
    private static final String FORMATIONS = "SELECT f.id, f.code, w.code, f.position, f.education, f.category,"
            + " f.quota, f.skb_cat_weight, f.skb_extra_weight FROM formation f"
            + " JOIN work_unit w ON w.id = f.work_unit_id"
            + " WHERE f.period_id = ? AND mod(f.id, ?) = ? ORDER BY f.id";

    @Inject
    DataSource dataSource;

    @Inject
    JobPeriod period;

    private PassingThresholds thresholds;

    public long periodId() throws SQLException {
        return period.id();
    }

    public PassingThresholds thresholds() throws SQLException {
        if (thresholds != null) {
            return thresholds;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT general_twk, general_tiu, general_tkp,"
                        + " cumlaude_total, cumlaude_tiu, affirmative_total, affirmative_tiu FROM selection_period"
                        + " WHERE id = ?")) {
            select.setLong(1, period.id());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                thresholds = PassingThresholds.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7));
            }
        }
        return thresholds;
    }

    /** The formations of one partition, in id order (the order checkpoints count in). */
    List<RankedFormation> formations(int partition, int partitions) throws SQLException {
        List<RankedFormation> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(FORMATIONS)) {
            select.setLong(1, periodId());
            select.setInt(2, partitions);
            select.setInt(3, partition);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new RankedFormation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), FormationCategory.valueOf(rs.getString(6)), rs.getInt(7),
                            SkbWeights.of(rs.getBigDecimal(8), rs.getBigDecimal(9))));
                }
            }
        }
        return found;
    }
}
