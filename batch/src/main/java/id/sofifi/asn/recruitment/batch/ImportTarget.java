package id.sofifi.asn.recruitment.batch;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The period an import job fills, and its formations by code, read once per step. */
@Dependent
public class ImportTarget {
    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    private long periodId;
    private int fiscalYear;
    private Map<String, Long> formations;

    private void load() throws SQLException {
        if (formations != null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement period =
                        c.prepareStatement("SELECT id, fiscal_year FROM selection_period WHERE code = ?");
                PreparedStatement list = c.prepareStatement("SELECT code, id FROM formation WHERE period_id = ?")) {
            period.setString(1, periodCode());
            try (ResultSet rs = period.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unknown period " + periodCode());
                }
                periodId = rs.getLong(1);
                fiscalYear = rs.getInt(2);
            }
            list.setLong(1, periodId);
            Map<String, Long> byCode = new HashMap<>();
            try (ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    byCode.put(rs.getString(1), rs.getLong(2));
                }
            }
            formations = byCode;
        }
    }

    public Long formationId(String code) throws SQLException {
        load();
        return formations.get(code);
    }

    public long periodId() throws SQLException {
        load();
        return periodId;
    }

    public int fiscalYear() throws SQLException {
        load();
        return fiscalYear;
    }

    public String periodCode() {
        return job.getProperties().getProperty("period");
    }
}
