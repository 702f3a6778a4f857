package id.sofifi.asn.jobs.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Progress and outcome of batch jobs: counts from the job repository, row errors from the import
 * error table. Skipped = rows with errors; written = rows read minus those skipped.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME})
public class JobService {
    /** How many row errors a status answer carries; the full list is the error report. */
    public static final int ERRORS_SHOWN = 1000;
    /** The job parameter naming the selection period a run belongs to. */
    public static final String PERIOD = "period";

    @Inject
    JobLauncher launcher;

    @Inject
    DataSource dataSource;

    /** An execution of any job, or not found. */
    public JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = launcher.operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("job.notFound", executionId);
        }
        if (execution == null) {
            throw new NotFoundException("job.notFound", executionId);
        }
        return execution;
    }

    public JobView status(long executionId) {
        JobExecution execution = execution(executionId);
        long read = 0;
        for (StepExecution step : launcher.operator().getStepExecutions(executionId)) {
            read += metric(step, Metric.MetricType.READ_COUNT);
        }
        ErrorCounts counts = errorCounts(executionId);
        return new JobView(executionId, execution.getJobName(), execution.getBatchStatus().name(), read,
                Math.max(0, read - counts.rows()), counts.rows(), errors(executionId, 0, ERRORS_SHOWN), counts.errors(),
                ExecutionView.instant(execution.getStartTime()), ExecutionView.instant(execution.getEndTime()));
    }

    /**
     * Runs of the given jobs for one period, newest first: the operator screen's history. The period is
     * chosen in the job repository before the limit applies, so the runs of an older period stay listed
     * however many jobs other periods ran since. JBeret stores job parameters as lines {@code key = value}.
     */
    public List<ExecutionView> history(Collection<String> jobNames, String period, int limit) {
        List<ExecutionView> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT e.jobexecutionid FROM job_execution e"
                        + " JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = ANY (?)"
                        + " AND position(? IN E'\\n' || e.jobparameters) > 0 ORDER BY e.jobexecutionid DESC LIMIT ?")) {
            select.setArray(1, c.createArrayOf("varchar", jobNames.toArray()));
            select.setString(2, "\n" + PERIOD + " = " + period + System.lineSeparator());
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    runs.add(ExecutionView.of(execution(rs.getLong(1))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    /** Row errors in line order, for the error report. */
    public List<JobView.RowError> errors(long executionId, int offset, int limit) {
        List<JobView.RowError> errors = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT line, field, message_key, message_args"
                        + " FROM import_row_error WHERE job_execution_id = ? ORDER BY line, field OFFSET ? LIMIT ?")) {
            select.setLong(1, executionId);
            select.setInt(2, offset);
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    errors.add(new JobView.RowError(rs.getLong(1), rs.getString(2), rs.getString(3),
                            JobView.RowError.parse(rs.getString(4), Violation.STORED_ARGUMENT_SEPARATOR)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }

    /**
     * Rows with errors and errors in all, read in one statement: a writer committing a chunk between two
     * reads could otherwise make a status answer count errors of rows it does not count as skipped.
     */
    private ErrorCounts errorCounts(long executionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT COUNT(DISTINCT line), COUNT(*) FROM import_row_error WHERE job_execution_id = ?")) {
            select.setLong(1, executionId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new ErrorCounts(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        return Arrays.stream(step.getMetrics()).filter(m -> m.getType() == type).mapToLong(Metric::getValue).sum();
    }

    /** How many rows of a run had errors, and how many errors they had. */
    private record ErrorCounts(long rows, long errors) {
    }
}
