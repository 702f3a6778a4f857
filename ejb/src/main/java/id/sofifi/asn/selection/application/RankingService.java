package id.sofifi.asn.selection.application;

import java.io.Serializable;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.ExecutionView;
import id.sofifi.asn.jobs.application.JobLauncher;
import id.sofifi.asn.jobs.application.PeriodJobs;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import javax.sql.DataSource;

/**
 * The operator's control over the selection jobs: start a ranking (only when its input is there and no
 * selection job of the period is running), stop, restart from the last checkpoint, progress and history.
 * Every start, stop and restart is audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class RankingService {
    public static final String SKD_RANKING = "skd-ranking";
    public static final String FINAL_RANKING = "final-ranking";
    /** The jobs of a selection period, as the operator screen lists them. */
    public static final List<String> JOBS = List.of(ScoreImportService.SKD_JOB, SKD_RANKING, ScoreImportService.SKB_JOB,
            FINAL_RANKING);

    private static final List<String> RANKINGS = List.of(SKD_RANKING, FINAL_RANKING);
    private static final String SUBJECT = "Ranking";

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    JobLauncher launcher;

    @Inject
    PeriodJobs periodJobs;

    @Inject
    SelectionResultRepository results;

    @Inject
    DataSource dataSource;

    /** Bulk scoring of SKD (§1.4–1.5); needs imported SKD scores. */
    public long startSkd(String periodCode) {
        return start(SKD_RANKING, periodCode,
                periodId -> exists("SELECT EXISTS (SELECT 1 FROM skd_score s JOIN application a"
                        + " ON a.id = s.application_id WHERE a.period_id = ?)", periodId),
                "ranking.noSkdScores");
    }

    /** Final scoring and optimisation (§1.6–1.7); needs the SKD ranking. */
    public long startFinal(String periodCode) {
        return start(FINAL_RANKING, periodCode, results::anyProceeded, "ranking.noSkdResults");
    }

    public void stop(long executionId) {
        periodJobs.stop(JOBS, executionId, SUBJECT);
    }

    /** Restarts a stopped or failed run from its last checkpoint; answers the new execution id. */
    public long restart(long executionId) {
        return periodJobs.restart(JOBS, executionId, SUBJECT);
    }

    public List<ExecutionView> history(String periodCode) {
        return periodJobs.history(JOBS, periodCode);
    }

    /**
     * How far a ranking run is: formations its partitions committed (counting the runs it restarts),
     * of all formations of the period. Null for other jobs (their progress is rows read).
     */
    public Progress progress(long executionId) {
        ExecutionView run = periodJobs.run(JOBS, executionId);
        if (!RANKINGS.contains(run.jobName())) {
            return null;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT (SELECT coalesce(sum(done), 0) FROM job_progress"
                        + " WHERE job_instance_id = ?), (SELECT count(*) FROM formation f"
                        + " JOIN selection_period p ON p.id = f.period_id WHERE p.code = ?)")) {
            select.setLong(1, launcher.operator().getJobInstance(executionId).getInstanceId());
            select.setString(2, run.period());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Progress(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long start(String job, String periodCode, LongPredicate inputExists, String missingKey) {
        long periodId = periods.byCode(periodCode).id();
        periodJobs.refuseWhileRunning(JOBS, periodCode);
        if (!inputExists.test(periodId)) {
            throw new ConflictException(missingKey, periodCode);
        }
        return periodJobs.start(job, periodCode, Map.of(), SUBJECT);
    }

    private boolean exists(String sql, long periodId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, periodId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Formations done of all formations. */
    public record Progress(long done, long total) implements Serializable {
        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }
}
