package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.performance.domain.EvaluationReport;
import id.sofifi.asn.performance.domain.EvaluationReportRepository;
import id.sofifi.asn.performance.domain.ReportFile;
import id.sofifi.asn.performance.domain.ReportPeriod;
import id.sofifi.asn.performance.domain.ReportUnit;
import id.sofifi.asn.platform.application.HashedFiles;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The steps of computing a laporan evaluasi berkala, for the report job's reader, processor, writer and last step
 * (and for the demo data, which runs them in one go): the units, one unit's figures, storing them (again, after a
 * restart: idempotent per unit), and rendering the files that make the report READY. Nothing here decides who may
 * start a report; the job only runs the report {@code EvaluationReportService} created.
 */
@Stateless
@PermitAll
public class ReportRun {
    /** The sub-directory of the file store that keeps the reports' files. */
    static final String FILES = "reports";

    @Inject
    EvaluationReportRepository reports;

    @EJB
    ReportFigures figures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private HashedFiles files;

    @PostConstruct
    void open() {
        files = new HashedFiles(FILES);
    }

    /**
     * A new report, committed at once (its own transaction) so that the job started right after finds it; answers
     * its id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(ReportPeriod period, String workUnitCode, boolean scheduled, String requestedBy) {
        EvaluationReport report = new EvaluationReport(period, workUnitCode, scheduled, requestedBy, clock.instant());
        reports.add(report);
        return report.id();
    }

    /** The units the report has a row for, in its order. */
    public List<WorkUnitView> units(long reportId) {
        return figures.units(reports.get(reportId).workUnitCode());
    }

    /** The unit's figures over the report's period, as stored (JSON). */
    public String figures(long reportId, WorkUnitView unit) {
        return figures.of(unit, reports.get(reportId).period()).toJson();
    }

    /** Stores (or replaces) the unit's row; refused once the report's figures are final. */
    public void store(long reportId, int position, String workUnitCode, String json) {
        reports.get(reportId).requireOpen();
        reports.store(reportId, position, workUnitCode, json);
    }

    /** Renders the PDF and the XLSX from the stored rows, keeps them by SHA-256 and marks the report READY. */
    public void finish(long reportId) {
        EvaluationReport report = reports.get(reportId);
        List<UnitFigures> units = reports.units(reportId).stream().map(ReportUnit::figures).map(UnitFigures::fromJson)
                .toList();
        ReportFile pdf = keep(ReportPdf.render(report, units, clock.instant()));
        ReportFile xlsx = keep(ReportSheet.render(report, units));
        report.ready(pdf, xlsx, clock.instant());
        audit.recordAs(report.requestedBy(), "evaluationReport.ready", EvaluationReportService.SUBJECT,
                Long.toString(reportId), null, null, "Laporan evaluasi " + report.period().label() + " siap: "
                        + units.size() + " unit, PDF " + pdf.sha256() + ", XLSX " + xlsx.sha256());
    }

    private ReportFile keep(byte[] content) {
        String sha256 = HashedFiles.sha256(content);
        files.put(sha256, content);
        return new ReportFile(sha256, content.length);
    }
}
