package id.sofifi.asn.jobs.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Recognises, when the application starts, the batch runs a dead server left behind: a server killed
 * mid-job (SIGKILL, power loss) never writes the end of its executions, so JBeret's repository keeps
 * them {@code STARTED} forever — they cannot be stopped (nothing runs them), nor restarted (JBeret
 * restarts only FAILED or STOPPED runs), and they block every new run of their period.
 * <p>
 * Such runs are marked FAILED with exit status {@value ExecutionView#INTERRUPTED}, together with their
 * unfinished steps and partitions; their checkpoints are kept, so a restart continues from the last
 * committed chunk, exactly as after a stop. This is the state JBeret itself writes when it restarts an
 * execution in its {@code detect} restart mode (it marks the crashed execution FAILED, then restarts);
 * JBeret has no operation that only marks, hence the update of its tables, here and nowhere else.
 * <p>
 * <b>One node per database.</b> Only executions created before this JVM started are marked: on a single
 * node those belong to a previous life of the server and cannot be running. JBeret's tables record no
 * node, so with several nodes sharing the job repository this would also mark runs a live node is
 * executing; such a deployment needs a node id and heartbeat per execution before it may use this.
 */
@Singleton
@Startup
public class InterruptedRuns {
    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";

    @Inject
    DataSource dataSource;

    @PostConstruct
    void markInterrupted() {
        Timestamp thisServerStarted = new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (Connection c = dataSource.getConnection();
                PreparedStatement executions = c.prepareStatement("UPDATE job_execution SET batchstatus = 'FAILED',"
                        + " exitstatus = ?, endtime = now(), lastupdatedtime = now() WHERE batchstatus IN " + UNFINISHED
                        + " AND createtime < ? RETURNING jobexecutionid");
                PreparedStatement steps = c.prepareStatement("UPDATE step_execution SET batchstatus = 'FAILED',"
                        + " exitstatus = ?, endtime = now() WHERE batchstatus IN " + UNFINISHED
                        + " AND jobexecutionid = ?");
                PreparedStatement partitions = c.prepareStatement("UPDATE partition_execution SET batchstatus ="
                        + " 'FAILED', exitstatus = ? WHERE batchstatus IN " + UNFINISHED + " AND stepexecutionid IN"
                        + " (SELECT stepexecutionid FROM step_execution WHERE jobexecutionid = ?)")) {
            executions.setString(1, ExecutionView.INTERRUPTED);
            executions.setTimestamp(2, thisServerStarted);
            try (var interrupted = executions.executeQuery()) {
                while (interrupted.next()) {
                    long id = interrupted.getLong(1);
                    markChildren(partitions, id);
                    markChildren(steps, id);
                    LOG.warning(() -> "Job execution " + id + " was left running by a stopped server: marked "
                            + ExecutionView.INTERRUPTED + ", restartable from its last checkpoint");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void markChildren(PreparedStatement update, long executionId) throws SQLException {
        update.setString(1, ExecutionView.INTERRUPTED);
        update.setLong(2, executionId);
        update.executeUpdate();
    }
}
