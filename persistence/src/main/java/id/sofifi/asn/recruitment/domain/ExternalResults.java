package id.sofifi.asn.recruitment.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Results decided by an exporting system, recorded for many applications in one set-based statement
 * (the import writes thousands per chunk, see docs/benchmarks.md). It is the transition of
 * {@link Application#recordExternalResult} and nothing else: only an application whose status
 * differs changes; it is decided by the importing actor, its pending proposal is withdrawn with its
 * reasons, and its timeline gains the verdict's step. {@code ImportedResultIT} runs both on the same
 * state and compares what they leave.
 */
public final class ExternalResults {
    /** Parameters: actor, decided at, ids, statuses, timeline steps, step time, step note. */
    static final String RECORD = "WITH decided AS (UPDATE application a SET status = u.status, decided_by = ?,"
            + " decided_at = ?, proposed_result = NULL, proposed_by = NULL, proposed_at = NULL,"
            + " version = a.version + 1" + " FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u(id, status, step)"
            + " WHERE a.id = u.id AND a.status <> u.status RETURNING a.id, u.step),"
            + " withdrawn AS (DELETE FROM application_unmet_requirement r USING decided d"
            + " WHERE r.application_id = d.id)"
            + " INSERT INTO application_event (application_id, occurred_at, step, note)"
            + " SELECT d.id, ?, d.step, ? FROM decided d RETURNING application_id";

    private ExternalResults() {
    }

    /** Records the results in the caller's transaction; answers how many applications changed. */
    public static int record(Connection c, List<ExternalResult> results, String actor, Instant now)
            throws SQLException {
        if (results.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement record = c.prepareStatement(RECORD)) {
            record.setString(1, actor);
            record.setTimestamp(2, at);
            record.setArray(3,
                    c.createArrayOf("bigint", results.stream().map(ExternalResult::applicationId).toArray()));
            record.setArray(4,
                    c.createArrayOf("text", results.stream().map(r -> r.result().status().name()).toArray()));
            record.setArray(5, c.createArrayOf("text",
                    results.stream().map(r -> TimelineStep.verified(r.result()).name()).toArray()));
            record.setTimestamp(6, at);
            record.setString(7, Application.EXTERNAL_RESULT_NOTE);
            int changed = 0;
            try (ResultSet rs = record.executeQuery()) {
                while (rs.next()) {
                    changed++;
                }
            }
            return changed;
        }
    }

    /** The result an exporting system decided for one stored application. */
    public record ExternalResult(long applicationId, AdministrationResult result) {
    }
}
