package id.sofifi.asn.recruitment.batch;

import id.sofifi.asn.jobs.batch.JobPeriod;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The formations of the job's period by code, read once per step. */
@Dependent
public class PeriodFormations {
    @Inject
    DataSource dataSource;

    @Inject
    JobPeriod period;

    private Map<String, Long> byCode;

    /** The formation's id, or null when the period has no formation of that code. */
    public Long id(String code) throws SQLException {
        if (byCode == null) {
            Map<String, Long> found = new HashMap<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement list = c.prepareStatement("SELECT code, id FROM formation WHERE period_id = ?")) {
                list.setLong(1, period.id());
                try (ResultSet rs = list.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            byCode = found;
        }
        return byCode.get(code);
    }
}
