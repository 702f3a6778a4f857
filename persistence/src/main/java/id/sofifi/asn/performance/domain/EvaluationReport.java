package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Laporan evaluasi berkala: the figures of each work unit over a quarter or a year (IKM, complaints, SKP predicates,
 * JP compliance), computed by the report job, and the PDF and XLSX rendered from them. While its job runs (or after it
 * failed) its unit figures may be written and rewritten; once READY they are final, and once PUBLISHED the report is
 * frozen with the SHA-256 of its figures and files ({@link ReportDigest}): a later change cannot pass unseen, and a
 * new run of the same period makes a new report.
 */
@Entity
@Table(name = "evaluation_report")
public class EvaluationReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    /** The unit the report is limited to (with the units below it); null for the whole organisation. */
    @Column(name = "work_unit_code", length = 30)
    private String workUnitCode;

    /** Started by the quarterly timer: one such report per period and unit (a unique index). */
    @Column(nullable = false)
    private boolean scheduled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private ReportStatus status = ReportStatus.RUNNING;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size")
    private Long pdfSize;

    @Column(name = "xlsx_sha256", length = 64)
    private String xlsxSha256;

    @Column(name = "xlsx_size")
    private Long xlsxSize;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(length = 64)
    private String sha256;

    @Version
    private long version;

    protected EvaluationReport() {
    }

    public EvaluationReport(ReportPeriod period, String workUnitCode, boolean scheduled, String requestedBy,
            Instant requestedAt) {
        this.from = period.from();
        this.to = period.to();
        this.workUnitCode = workUnitCode;
        this.scheduled = scheduled;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The run that computes the report (a restart continues under a new execution id). */
    public void startedAs(long executionId) {
        this.jobExecutionId = executionId;
    }

    /** Refuses any change of the figures once they are final (READY or PUBLISHED). */
    public void requireOpen() {
        if (status == ReportStatus.READY || status == ReportStatus.PUBLISHED) {
            throw new ConflictException("evaluationReport.final", period().label(), status);
        }
    }

    /** The figures are stored and the files rendered. */
    public void ready(ReportFile pdf, ReportFile xlsx, Instant at) {
        requireOpen();
        this.pdfSha256 = pdf.sha256();
        this.pdfSize = pdf.size();
        this.xlsxSha256 = xlsx.sha256();
        this.xlsxSize = xlsx.size();
        this.readyAt = at;
        this.status = ReportStatus.READY;
    }

    /** The job gave up; its stored rows stay, and a restart continues where it stopped. */
    public void failed() {
        requireOpen();
        this.status = ReportStatus.FAILED;
    }

    /** A restart of the failed or stopped job computes on. */
    public void resumed(long executionId) {
        requireOpen();
        this.status = ReportStatus.RUNNING;
        this.jobExecutionId = executionId;
    }

    /**
     * Publishes the READY report: frozen from now on, with the digest of {@code figures} (each unit's figures as
     * stored, in the report's order) and of its two files. Publishing twice, or before it is ready, is a conflict.
     */
    public String publish(List<String> figures, String by, Instant at) {
        if (status != ReportStatus.READY) {
            throw new ConflictException(
                    status == ReportStatus.PUBLISHED ? "evaluationReport.published" : "evaluationReport.notReady",
                    period().label(), status);
        }
        this.sha256 = ReportDigest.of(figures, pdf().orElseThrow(), xlsx().orElseThrow());
        this.publishedBy = by;
        this.publishedAt = at;
        this.status = ReportStatus.PUBLISHED;
        return sha256;
    }

    public ReportPeriod period() {
        return new ReportPeriod(from, to);
    }

    public Long id() {
        return id;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String workUnitCode() {
        return workUnitCode;
    }

    public boolean scheduled() {
        return scheduled;
    }

    public ReportStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public Optional<ReportFile> pdf() {
        return Optional.ofNullable(pdfSha256).map(s -> new ReportFile(s, pdfSize));
    }

    public Optional<ReportFile> xlsx() {
        return Optional.ofNullable(xlsxSha256).map(s -> new ReportFile(s, xlsxSize));
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    /** The digest fixed at publication; null before. */
    public String sha256() {
        return sha256;
    }
}
