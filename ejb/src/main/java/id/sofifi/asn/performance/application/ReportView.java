package id.sofifi.asn.performance.application;

import java.io.Serializable;
import id.sofifi.asn.performance.domain.EvaluationReport;
import id.sofifi.asn.performance.domain.ReportFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A laporan evaluasi berkala as screens and the API show it: its period and scope, its status (RUNNING, READY,
 * PUBLISHED, FAILED — a run its job stopped or lost shows FAILED until restarted), the run computing it, its files
 * and, once published, the digest it is frozen with; with each unit's figures (JSON) when asked for one report.
 */
public record ReportView(long id, LocalDate from, LocalDate to, String label, String workUnitCode, String status,
        String requestedBy, Instant requestedAt, Long jobExecutionId, ReportFile pdf, ReportFile xlsx, Instant readyAt,
        Instant publishedAt, String publishedBy, String sha256, List<String> units) implements Serializable {

    static ReportView of(EvaluationReport r, boolean jobEnded, List<String> units) {
        String status = r.status().name();
        return new ReportView(r.id(), r.from(), r.to(), r.period().label(), r.workUnitCode(),
                "RUNNING".equals(status) && jobEnded ? "FAILED" : status, r.requestedBy(), r.requestedAt(),
                r.jobExecutionId(), r.pdf().orElse(null), r.xlsx().orElse(null), r.readyAt(), r.publishedAt(),
                r.publishedBy(), r.sha256(), units);
    }

    /** {@code laporan-evaluasi-<id>.pdf} or {@code .xlsx}: the name a download is saved under. */
    public static String fileName(long id, String kind) {
        return "laporan-evaluasi-" + id + "." + kind;
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean ready() {
        return "READY".equals(status);
    }

    public boolean hasFiles() {
        return pdf != null;
    }
}
