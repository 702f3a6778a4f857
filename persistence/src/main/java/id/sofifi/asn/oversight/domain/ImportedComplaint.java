package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of a bulk forward from SP4N-LAPOR! (the national complaint channel): a case that keeps its tracking code
 * and its moment of receipt there, from which the §5 deadlines count. The fields are checked as a filing on the
 * public form is ({@link Filing#check()}), named by their CSV columns.
 */
public record ImportedComplaint(long line, String trackingCode, Instant receivedAt, Filing filing) {
    public static final List<String> COLUMNS = List.of("tracking_code", "received_at", "kind", "privacy", "title",
            "body", "work_unit", "reporter_name", "reporter_email");
    /** SP4N-LAPOR!'s codes and ours: letters, digits and hyphens, at most as long as the column. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,19}");
    private static final Map<String, String> COLUMN_OF = Map.of("workUnitCode", "work_unit", "reporter.name",
            "reporter_name", "reporter.email", "reporter_email");

    /** The row's case, or empty with every problem recorded in {@code violations}. */
    public static Optional<ImportedComplaint> parse(CsvReader.Row row, Instant now, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        String code = row.get("tracking_code") == null ? null : row.get("tracking_code").toUpperCase(Locale.ROOT);
        if (violations.require(code, "tracking_code")) {
            violations.check(CODE.matcher(code).matches(), "tracking_code", "complaint.importCode");
        }
        Instant received = instant(row.get("received_at"), violations);
        violations.check(received == null || !received.isAfter(now), "received_at", "complaint.receivedInFuture");
        Filing filing = new Filing(CsvFields.choice(row.get("kind"), ComplaintKind.class, "kind", violations),
                CsvFields.choice(row.get("privacy"), Privacy.class, "privacy", violations), row.get("title"),
                row.get("body"), row.get("work_unit"), null,
                new Reporter(row.get("reporter_name"), row.get("reporter_email"), null));
        List<String> named = violations.found().stream().map(Violation::field).toList();
        filing.check().found().stream()
                .map(v -> new Violation(COLUMN_OF.getOrDefault(v.field(), v.field()), v.messageKey(), v.args()))
                .filter(v -> !named.contains(v.field())).forEach(v -> violations.addAll(List.of(v)));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedComplaint(row.line(), code, received, filing));
    }

    private static Instant instant(String text, Violations violations) {
        if (!violations.require(text, "received_at")) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            violations.check(false, "received_at", "complaint.receivedAtFormat", text);
            return null;
        }
    }
}
