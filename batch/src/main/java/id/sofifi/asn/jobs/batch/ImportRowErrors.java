package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.kernel.Violation;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Keeps the errors of skipped rows, inside the chunk's transaction, for the job's error report. */
@Dependent
public class ImportRowErrors {
    @Inject
    DataSource dataSource;

    @Inject
    JobContext job;

    public void record(long line, List<Violation> violations) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO import_row_error (job_execution_id, line,"
                        + " field, message_key, message_args) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Violation v : violations) {
                insert.setLong(1, job.getExecutionId());
                insert.setLong(2, line);
                insert.setString(3, v.field());
                insert.setString(4, v.messageKey());
                insert.setString(5, v.args().stream().map(String::valueOf).map(ImportRowErrors::clip)
                        .collect(Collectors.joining(Violation.STORED_ARGUMENT_SEPARATOR)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String clip(String value) {
        String clean = value.replace(Violation.STORED_ARGUMENT_SEPARATOR, " ");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
