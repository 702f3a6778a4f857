package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sofifi.asn.jobs.application.ExecutionView;
import id.sofifi.asn.selection.application.RankingService;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's job history of a period (defect: it took the newest 50 runs of each job over all
 * periods, then kept the period's, so an older period's runs vanished as other periods ran jobs).
 * Runs are written into JBeret's repository as the server writes them, parameters {@code key = value}.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsHistoryIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(OperationsHistoryIT.class, AsAdministrator.class));
    }

    @EJB(lookup = "java:app/ejb/RankingService")
    RankingService rankings;

    @EJB
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Test
    @DisplayName("History filters by period before it limits: an older period's run stays after 60 newer runs")
    void olderPeriodsRunsStayListed() throws Exception {
        String older = SystemTest.unique("HIST");
        long olderRun = run(RankingService.SKD_RANKING, older, "COMPLETED", "COMPLETED");
        for (int i = 0; i < 60; i++) {
            run(RankingService.SKD_RANKING, older + "-" + i, "COMPLETED", "COMPLETED");
        }
        // a code that merely starts with the older period's is another period
        run(RankingService.SKD_RANKING, older + "0", "COMPLETED", "COMPLETED");

        List<ExecutionView> history = admin.call(() -> rankings.history(older));

        assertEquals(List.of(olderRun), history.stream().map(ExecutionView::id).toList());
        assertEquals(older, history.get(0).period());
    }

    @Test
    @DisplayName("A run a dead server left is listed as interrupted (terputus) and restartable, not running")
    void interruptedRunIsShownSo() throws Exception {
        String period = SystemTest.unique("HIST");
        long interrupted = run(RankingService.SKD_RANKING, period, "FAILED", ExecutionView.INTERRUPTED);
        long failed = run(RankingService.FINAL_RANKING, period, "FAILED", "FAILED");

        List<ExecutionView> history = admin.call(() -> rankings.history(period));

        assertEquals(List.of(failed, interrupted), history.stream().map(ExecutionView::id).toList());
        assertEquals(List.of("FAILED", ExecutionView.INTERRUPTED),
                history.stream().map(ExecutionView::shownStatus).toList());
        assertEquals(List.of(true, true), history.stream().map(ExecutionView::restartable).toList());
        assertEquals(List.of(false, false), history.stream().map(ExecutionView::running).toList());
    }

    /** One finished execution of a new job instance, with the parameters the operator screen starts jobs with. */
    private long run(String job, String period, String batchStatus, String exitStatus) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement instance = c
                        .prepareStatement("INSERT INTO job_instance (jobname, applicationname) VALUES (?, 'asn-sofifi')"
                                + " RETURNING jobinstanceid");
                PreparedStatement execution = c.prepareStatement("INSERT INTO job_execution (jobinstanceid, version,"
                        + " createtime, starttime, endtime, lastupdatedtime, batchstatus, exitstatus, jobparameters)"
                        + " VALUES (?, 0, now(), now(), now(), now(), ?, ?, ?) RETURNING jobexecutionid")) {
            instance.setString(1, job);
            execution.setLong(1, id(instance));
            execution.setString(2, batchStatus);
            execution.setString(3, exitStatus);
            execution.setString(4,
                    "period = " + period + System.lineSeparator() + "requestedBy = admin" + System.lineSeparator());
            return id(execution);
        }
    }

    private static long id(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
