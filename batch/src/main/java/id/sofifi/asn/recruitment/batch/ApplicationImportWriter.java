package id.sofifi.asn.recruitment.batch;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.audit.domain.AuditEntry;
import id.sofifi.asn.audit.domain.AuditRepository;
import id.sofifi.asn.jobs.batch.ImportRowErrors;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.recruitment.batch.ApplicationImportProcessor.ImportItem;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes a chunk of valid rows in a few set-based statements: new registration numbers are inserted,
 * known ones updated (re-import is idempotent). A NIK that already applied this fiscal year under
 * another registration number is refused per row (§1.1); the database key settles races. A result
 * decided by the exporting system becomes the application's result and a timeline step. One audit
 * event per chunk records who imported what, with a digest of the rows.
 */
@Named
@Dependent
public class ApplicationImportWriter extends AbstractItemWriter {
    private static final String INSERT = "INSERT INTO application (registration_number, formation_id, period_id,"
            + " fiscal_year, nik, full_name, birth_date, sex, email, education, gpa, source, status, submitted_at,"
            + " decided_by, decided_at)"
            + " SELECT u.reg, u.formation, ?, ?, u.nik, u.name, u.birth::date, u.sex, u.email, u.education,"
            + " u.gpa::numeric, 'IMPORT', COALESCE(u.result, 'SUBMITTED'), ?, CASE WHEN u.result IS NULL THEN NULL"
            + " ELSE ? END, CASE WHEN u.result IS NULL THEN NULL ELSE ?::timestamptz END"
            + " FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[]) AS u(reg, formation, nik, name, birth, sex, email, education, gpa, result)"
            + " ON CONFLICT DO NOTHING RETURNING id, registration_number, status";
    private static final String UPDATE = "UPDATE application a SET formation_id = u.formation, nik = u.nik,"
            + " full_name = u.name, birth_date = u.birth::date, sex = u.sex, email = u.email, education = u.education,"
            + " gpa = u.gpa::numeric, status = COALESCE(u.result, a.status), version = a.version + 1"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[]) AS u(id, formation, nik, name, birth, sex, email, education, gpa, result)"
            + " WHERE a.id = u.id";
    private static final String EVENTS = "INSERT INTO application_event (application_id, occurred_at, step, note)"
            + " SELECT u.id, ?, u.step, u.note FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u(id, step, note)";

    @Resource(lookup = "java:jboss/datasources/AsnDS")
    DataSource dataSource;

    @Inject
    ImportTarget target;

    @Inject
    ImportRowErrors errors;

    @Inject
    AuditRepository audit;

    @Inject
    JobContext job;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        List<ImportItem> rows = items.stream().map(ImportItem.class::cast).toList();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            Map<String, Existing> existing = existing(c, rows);
            Map<String, String> nikOwners = nikOwners(c, rows);
            List<ImportItem> inserts = new ArrayList<>();
            List<ImportItem> updates = new ArrayList<>();
            for (ImportItem item : rows) {
                ImportedApplication a = item.application();
                Existing known = existing.get(a.registrationNumber());
                String owner = nikOwners.get(a.nik().value());
                if (known != null && known.periodId != target.periodId()) {
                    reject(a, "registration_number", "import.otherPeriod");
                } else if (owner != null && !owner.equals(a.registrationNumber())) {
                    reject(a, "nik", "application.oncePerYear", target.fiscalYear());
                } else if (known == null) {
                    inserts.add(item);
                } else {
                    updates.add(item);
                }
            }
            Events events = new Events();
            int inserted = insert(c, inserts, now, events);
            update(c, updates, existing, events);
            events.write(c, now);
            audit.append(new AuditEntry(
                    clock.instant(),
                    requestedBy(),
                    "application.imported",
                    "ApplicationImport",
                    target.periodCode() + "/job-" + job.getExecutionId(),
                    null,
                    AuditChain.sha256(
                            rows.stream().map(r -> r.application().toString()).collect(Collectors.joining("\n"))),
                    "Impor lamaran " + target.periodCode() + " (job " + job.getExecutionId() + ", baris "
                            + rows.get(0).application().line() + "–"
                            + rows.get(rows.size() - 1).application().line()
                            + "): " + inserted + " baru, " + updates.size() + " diperbarui, " + events.results
                            + " hasil administrasi dari sistem asal"));
        }
    }

    private int insert(Connection c, List<ImportItem> inserts, Timestamp now, Events events) throws SQLException {
        if (inserts.isEmpty()) {
            return 0;
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, target.periodId());
            insert.setInt(2, target.fiscalYear());
            insert.setTimestamp(3, now);
            insert.setString(4, requestedBy());
            insert.setTimestamp(5, now);
            insert.setArray(6, texts(c, inserts, a -> a.registrationNumber()));
            insert.setArray(
                    7,
                    c.createArrayOf(
                            "bigint",
                            inserts.stream().map(ImportItem::formationId).toArray()));
            bindFields(c, insert, 8, inserts);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(2));
                    events.add(rs.getLong(1), "SUBMITTED", null);
                    if (!"SUBMITTED".equals(rs.getString(3))) {
                        events.result(rs.getLong(1), rs.getString(3));
                    }
                }
            }
        }
        for (ImportItem item : inserts) {
            if (!stored.contains(item.application().registrationNumber())) {
                // lost a race with another writer of the same NIK or number
                reject(item.application(), "nik", "application.oncePerYear", target.fiscalYear());
            }
        }
        return stored.size();
    }

    private void update(Connection c, List<ImportItem> updates, Map<String, Existing> existing, Events events)
            throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            update.setArray(
                    1,
                    c.createArrayOf(
                            "bigint",
                            updates.stream()
                                    .map(u -> existing.get(u.application().registrationNumber()).id)
                                    .toArray()));
            update.setArray(
                    2,
                    c.createArrayOf(
                            "bigint",
                            updates.stream().map(ImportItem::formationId).toArray()));
            bindFields(c, update, 3, updates);
            update.executeUpdate();
        }
        for (ImportItem item : updates) {
            Existing before = existing.get(item.application().registrationNumber());
            if (item.application().result() != null
                    && !item.application().result().name().equals(before.status)) {
                events.result(before.id, item.application().result().name());
            }
        }
    }

    /** Binds nik, name, birth, sex, email, education, gpa, result from {@code first} on. */
    private static void bindFields(Connection c, PreparedStatement statement, int first, List<ImportItem> items)
            throws SQLException {
        statement.setArray(first, texts(c, items, a -> a.nik().value()));
        statement.setArray(first + 1, texts(c, items, ImportedApplication::fullName));
        statement.setArray(first + 2, texts(c, items, a -> a.birthDate().toString()));
        statement.setArray(first + 3, texts(c, items, a -> a.sex().name()));
        statement.setArray(first + 4, texts(c, items, ImportedApplication::email));
        statement.setArray(first + 5, texts(c, items, a -> a.qualification().education()));
        statement.setArray(
                first + 6, texts(c, items, a -> a.qualification().gpa().toPlainString()));
        statement.setArray(
                first + 7,
                texts(c, items, a -> a.result() == null ? null : a.result().name()));
    }

    private static Array texts(Connection c, List<ImportItem> items, Function<ImportedApplication, String> field)
            throws SQLException {
        return c.createArrayOf(
                "text", items.stream().map(i -> field.apply(i.application())).toArray());
    }

    private Map<String, Existing> existing(Connection c, List<ImportItem> rows) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT registration_number, id, period_id, status"
                + " FROM application WHERE registration_number = ANY (?)")) {
            select.setArray(1, texts(c, rows, ImportedApplication::registrationNumber));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return found;
    }

    private Map<String, String> nikOwners(Connection c, List<ImportItem> rows) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT nik, registration_number FROM application"
                + " WHERE fiscal_year = ? AND nik = ANY (?::bpchar[])")) {
            select.setInt(1, target.fiscalYear());
            select.setArray(2, texts(c, rows, a -> a.nik().value()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return owners;
    }

    private void reject(ImportedApplication row, String field, String key, Object... args) throws SQLException {
        errors.record(row.line(), List.of(new Violation(field, key, List.of(args))));
    }

    /** What an application looked like before this chunk. */
    private String requestedBy() {
        return job.getProperties().getProperty("requestedBy");
    }

    private record Existing(long id, long periodId, String status) {}

    /** Timeline steps collected for one set-based insert. */
    private static final class Events {
        private final List<Long> ids = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int results;

        void add(long id, String step, String note) {
            ids.add(id);
            steps.add(step);
            notes.add(note);
        }

        void result(long id, String status) {
            add(id, "VERIFIED_" + status, "Hasil dari sistem pendaftaran asal");
            results++;
        }

        void write(Connection c, Timestamp now) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement(EVENTS)) {
                insert.setTimestamp(1, now);
                insert.setArray(2, c.createArrayOf("bigint", ids.toArray()));
                insert.setArray(3, c.createArrayOf("text", steps.toArray()));
                insert.setArray(4, c.createArrayOf("text", notes.toArray()));
                insert.executeUpdate();
            }
        }
    }
}
