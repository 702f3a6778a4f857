package id.sofifi.asn.jobs.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.Set;
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
    private static final Set<String> RUNNING = Set.of(BatchStatus.STARTING.name(), BatchStatus.STARTED.name(),
            BatchStatus.STOPPING.name());

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

    /**
     * The execution as one consistent answer. JBeret marks a job finished in memory a moment before the
     * rows of its last chunk are visible to other connections (seen in about one of a hundred short imports:
     * COMPLETED with its row errors not yet counted). So a finished job is answered from the job repository's
     * tables and the error table read in one statement, and it is reported finished only once the repository's
     * row says so; a running job shows the in-memory read count, which moves between checkpoints.
     */
    public JobView status(long executionId) {
        JobExecution execution = execution(executionId);
        Committed committed = committed(executionId);
        boolean finished = committed.status() != null && !RUNNING.contains(committed.status());
        String status = finished ? committed.status() : running(execution.getBatchStatus(), committed.status());
        long read = finished ? committed.read() : inMemoryRead(executionId);
        return new JobView(executionId, execution.getJobName(), status, read, Math.max(0, read - committed.rows()),
                committed.rows(), errors(executionId, 0, ERRORS_SHOWN), committed.errors(),
                ExecutionView.instant(execution.getStartTime()),
                finished ? ExecutionView.instant(execution.getEndTime()) : null);
    }

    /** A run the repository does not yet show finished is still running (or stopping), whatever memory says. */
    private static String running(BatchStatus inMemory, String committed) {
        if (RUNNING.contains(inMemory.name())) {
            return inMemory.name();
        }
        return BatchStatus.STOPPING.name().equals(committed) ? committed : BatchStatus.STARTED.name();
    }

    private long inMemoryRead(long executionId) {
        long read = 0;
        for (StepExecution step : launcher.operator().getStepExecutions(executionId)) {
            read += metric(step, Metric.MetricType.READ_COUNT);
        }
        return read;
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
     * What is committed of a run, in one statement (one snapshot): the repository's status, the rows its
     * steps read up to their last checkpoint, and the rows with errors and errors in all.
     */
    private Committed committed(long executionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT e.batchstatus,"
                        + " (SELECT COALESCE(SUM(s.readcount), 0) FROM step_execution s"
                        + " WHERE s.jobexecutionid = e.jobexecutionid),"
                        + " (SELECT COUNT(DISTINCT r.line) FROM import_row_error r WHERE r.job_execution_id = ?),"
                        + " (SELECT COUNT(*) FROM import_row_error r WHERE r.job_execution_id = ?)"
                        + " FROM job_execution e WHERE e.jobexecutionid = ?")) {
            select.setLong(1, executionId);
            select.setLong(2, executionId);
            select.setLong(3, executionId);
            try (ResultSet rs = select.executeQuery()) {
                // the row may not be committed yet when the run was started a moment ago
                return rs.next()
                        ? new Committed(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))
                        : new Committed(null, 0, 0, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        return Arrays.stream(step.getMetrics()).filter(m -> m.getType() == type).mapToLong(Metric::getValue).sum();
    }

    /** The committed state of a run: repository status (null before its row is visible), rows read, errors. */
    private record Committed(String status, long read, long rows, long errors) {
    }
}
