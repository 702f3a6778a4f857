package id.sofifi.asn.jobs.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The selection period a job works on, named by the property {@code period} (its code) of the artifact
 * it is injected into, and read once per artifact.
 */
@Dependent
public class JobPeriod {
    @Inject
    DataSource dataSource;

    @Inject
    @BatchProperty(name = "period")
    String code;

    private Long id;
    private int fiscalYear;

    private void load() throws SQLException {
        if (id != null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement period =
                        c.prepareStatement("SELECT id, fiscal_year FROM selection_period WHERE code = ?")) {
            period.setString(1, code);
            try (ResultSet rs = period.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unknown period " + code);
                }
                id = rs.getLong(1);
                fiscalYear = rs.getInt(2);
            }
        }
    }

    public String code() {
        return code;
    }

    public long id() throws SQLException {
        load();
        return id;
    }

    public int fiscalYear() throws SQLException {
        load();
        return fiscalYear;
    }
}
