package id.sofifi.asn.jobs.api;

import id.sofifi.asn.jobs.application.JobView;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.platform.web.Texts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A job execution as API-CONTRACT "Jobs" shows it; row errors in the caller's language. */
public record JobJson(long id, String name, String status, long read, long written, long skipped, List<RowError> errors,
        long errorCount, String startedAt, String endedAt) {

    /** One problem of one CSV row. */
    public record RowError(long row, String field, String message) {
    }

    static JobJson of(JobView job, Locale locale) {
        return new JobJson(job.id(), job.name(), job.status(), job.read(), job.written(), job.skipped(),
                job.errors().stream()
                        .map(e -> new RowError(e.row(), e.field(),
                                Texts.of(locale, new Violation(e.field(), e.messageKey(), e.args()))))
                        .toList(),
                job.errorCount(), WitTime.iso(job.startedAt()), WitTime.iso(job.endedAt()));
    }

    /** 202 with the job's address, for every endpoint that starts long work. */
    public static Response accepted(UriInfo uri, long executionId) {
        return Response.accepted(Map.of("jobId", executionId))
                .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(executionId)).build()).build();
    }
}
