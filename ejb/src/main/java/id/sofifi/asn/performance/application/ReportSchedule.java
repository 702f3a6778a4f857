package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Starts the laporan evaluasi berkala of the quarter that ended, at 01:00 WIT on the first day of each quarter, with
 * the administrator's role. Not persistent: every node fires it, and the report's unique index lets only the first
 * one through; the others (and a second firing) find the report there and do nothing.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ReportSchedule {
    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @EJB
    EvaluationReportService reports;

    @Schedule(month = "1,4,7,10", dayOfMonth = "1", hour = "1", minute = "0", timezone = "Asia/Jayapura", persistent = false)
    void quarterly() {
        try {
            reports.startScheduled().ifPresent(s -> LOG.info(
                    () -> "Quarterly evaluation report " + s.reportId() + " started as job " + s.jobExecutionId()));
        } catch (EJBException e) {
            LOG.info(() -> "Quarterly evaluation report already started elsewhere: " + e.getMessage());
        }
    }
}
