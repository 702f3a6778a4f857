package id.sofifi.asn.performance.application;

import id.sofifi.asn.performance.domain.EvaluationReportRepository;
import id.sofifi.asn.performance.domain.ReportPeriod;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's laporan evaluasi berkala: the report of the quarter that ended last, for the whole organisation, so a
 * newcomer opens its PDF at once. It observes after every other context's demo data ({@code APPLICATION + 1000},
 * oversight's being the last at 950), whose survey responses, complaints, assessments and trainings it reads. A job
 * cannot run inside the start-up's transaction, so it runs the job's steps in one go: the same {@link ReportRun}
 * code path, unit by unit, then the files.
 */
@ApplicationScoped
public class ReportDemoData {
    @Inject
    EvaluationReportRepository reports;

    @EJB
    ReportRun run;

    @Inject
    Clock clock;

    /** Seeds only an installation without reports, so a restart never seeds twice. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DemoDataRequested request) {
        if (reports.count() > 0) {
            return;
        }
        long report = run.create(ReportPeriod.previousQuarter(LocalDate.now(clock.withZone(Wit.ZONE))), null, false,
                "system");
        List<WorkUnitView> units = run.units(report);
        for (int position = 0; position < units.size(); position++) {
            WorkUnitView unit = units.get(position);
            run.store(report, position, unit.code(), run.figures(report, unit));
        }
        run.finish(report);
    }
}
