package id.sofifi.asn.jobs.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A batch job execution as the API contract shows it, with the first row errors. */
public record JobView(long id, String name, String status, long read, long written, long skipped, List<RowError> errors,
        long errorCount, Instant startedAt, Instant endedAt) implements Serializable {

    /** One problem of one input row: line, field and a message key with its arguments. */
    public record RowError(long row, String field, String messageKey, List<Object> args) implements Serializable {
        /** Arguments come back from storage as text; whole numbers become numbers again for their message format. */
        public static List<Object> parse(String stored, String separator) {
            return stored.isEmpty()
                    ? List.of()
                    : Arrays.stream(stored.split(separator, -1))
                            .map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a).toList();
        }
    }
}
