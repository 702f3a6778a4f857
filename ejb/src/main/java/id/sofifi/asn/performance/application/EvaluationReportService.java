package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.jobs.application.ExecutionView;
import id.sofifi.asn.jobs.application.JobService;
import id.sofifi.asn.jobs.application.PeriodJobs;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.EvaluationReport;
import id.sofifi.asn.performance.domain.EvaluationReportRepository;
import id.sofifi.asn.performance.domain.ReportFile;
import id.sofifi.asn.performance.domain.ReportPeriod;
import id.sofifi.asn.performance.domain.ReportUnit;
import id.sofifi.asn.platform.application.HashedFiles;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Laporan evaluasi berkala: operators and administrators start the report of a quarter or a year (optionally of one
 * work unit and those below it) as the batch job {@value #JOB}, follow, stop and restart it; they and agencies read
 * the reports and their PDF and XLSX; an administrator publishes a READY report, which freezes it. The quarterly
 * timer starts the previous quarter's report through {@link #startScheduled()}. Every start, stop, restart and
 * publication is audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class EvaluationReportService {
    public static final String JOB = "evaluation-report";
    static final String SUBJECT = "EvaluationReport";
    private static final List<String> JOBS = List.of(JOB);
    /** Before the report's id, the job parameter {@code period} of its runs: their history and audit subject. */
    private static final String KEY = "report-";

    @Inject
    EvaluationReportRepository reports;

    @EJB
    ReportFigures figures;

    @EJB
    ReportRun run;

    @EJB
    PeriodJobs jobs;

    /** Reads the runs for agencies too, who may read reports but not control jobs. */
    @EJB
    JobService executions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    private HashedFiles files;

    @PostConstruct
    void open() {
        files = new HashedFiles(ReportRun.FILES);
    }

    /**
     * Starts the report of [{@code from}, {@code to}] (a whole quarter or year) for {@code workUnitCode} (blank: the
     * whole organisation); refused with the field and reason otherwise. Answers the report and the job.
     */
    public ReportStart start(LocalDate from, LocalDate to, String workUnitCode) {
        Violations v = new Violations();
        ReportPeriod.check(from, to, v);
        String unit = workUnitCode == null || workUnitCode.isBlank() ? null : workUnitCode.strip();
        List<WorkUnitView> scope = unit == null ? List.of() : figures.units(unit);
        v.check(unit == null || !scope.isEmpty(), "workUnit", "evaluationReport.unknownWorkUnit", unit);
        v.throwIfAny();
        return launch(run.create(new ReportPeriod(from, to), unit == null ? null : scope.get(0).code(), false,
                session.getCallerPrincipal().getName()));
    }

    /**
     * The timer's report of the quarter that just ended, for the whole organisation, once across the system: when
     * it exists already (another node, a second firing) nothing happens, and the unique index stops a race.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<ReportStart> startScheduled() {
        ReportPeriod period = ReportPeriod.previousQuarter(LocalDate.now(clock.withZone(Wit.ZONE)));
        if (reports.scheduledExists(period)) {
            return Optional.empty();
        }
        return Optional.of(launch(run.create(period, null, true, "system")));
    }

    /** Starts the job of a report already committed (the job reads it from its own transactions). */
    private ReportStart launch(long reportId) {
        long execution = jobs.start(JOB, KEY + reportId, Map.of("report", Long.toString(reportId)), SUBJECT);
        reports.get(reportId).startedAs(execution);
        return new ReportStart(reportId, execution);
    }

    /** The reports, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public Page<ReportView> list(PageRequest request) {
        return reports.page(request).map(r -> view(r, List.of()));
    }

    /** One report with each unit's figures (JSON, in the report's order). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public ReportView get(long id) {
        return view(reports.get(id), figuresOf(id));
    }

    /** The bytes of the report's PDF ({@code pdf}) or XLSX ({@code xlsx}); not found before it is READY. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AGENCY_NAME})
    public byte[] file(long id, String kind) {
        EvaluationReport report = reports.get(id);
        Optional<ReportFile> file = "pdf".equals(kind)
                ? report.pdf()
                : "xlsx".equals(kind) ? report.xlsx() : Optional.empty();
        return files
                .get(file.orElseThrow(() -> new NotFoundException("evaluationReport.fileNotFound", id, kind)).sha256());
    }

    /** Publishes the READY report: frozen from now on with the SHA-256 of its figures and files (409 otherwise). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ReportView publish(long id) {
        EvaluationReport report = reports.get(id);
        String sha256 = report.publish(figuresOf(id), session.getCallerPrincipal().getName(), clock.instant());
        audit.record("evaluationReport.published", SUBJECT, Long.toString(id), null, sha256,
                "Laporan evaluasi " + report.period().label() + " diterbitkan, SHA-256 " + sha256);
        return get(id);
    }

    /** Stops the report's running job. */
    public void stop(long executionId) {
        jobs.stop(JOBS, executionId, SUBJECT);
    }

    /** Restarts a stopped or failed run from its last committed unit; answers the new execution. */
    public long restart(long executionId) {
        long restarted = jobs.restart(JOBS, executionId, SUBJECT);
        reports.get(Long.parseLong(jobs.run(JOBS, restarted).period().substring(KEY.length()))).startedAs(restarted);
        return restarted;
    }

    private List<String> figuresOf(long id) {
        return reports.units(id).stream().map(ReportUnit::figures).toList();
    }

    private ReportView view(EvaluationReport report, List<String> units) {
        boolean ended = report.jobExecutionId() != null
                && !ExecutionView.of(executions.execution(report.jobExecutionId())).running();
        return ReportView.of(report, ended, units);
    }
}
