package id.sofifi.asn.kernel.application;

import java.time.Instant;
import java.util.List;

/** A batch job execution as the API contract shows it, with the first row errors. */
public record JobView(long id, String name, String status, long read, long written, long skipped, List<RowError> errors,
        long errorCount, Instant startedAt, Instant endedAt) {

    /** One problem of one input row: line, field and a message key with its arguments. */
    public record RowError(long row, String field, String messageKey, List<String> args) {
    }
}
