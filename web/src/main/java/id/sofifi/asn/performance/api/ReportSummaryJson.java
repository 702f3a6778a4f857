package id.sofifi.asn.performance.api;

import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.platform.api.WitTime;

/** One report in the list of {@code GET /evaluation-reports}: without its figures. */
public record ReportSummaryJson(long id, String from, String to, String period, String workUnit, String status,
        String requestedBy, String requestedAt, Long jobId, String sha256) {

    static ReportSummaryJson of(ReportView r) {
        return new ReportSummaryJson(r.id(), JsonDates.print(r.from()), JsonDates.print(r.to()), r.label(),
                r.workUnitCode(), r.status(), r.requestedBy(), WitTime.iso(r.requestedAt()), r.jobExecutionId(),
                r.sha256());
    }
}
