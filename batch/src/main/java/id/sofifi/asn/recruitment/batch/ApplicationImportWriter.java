package id.sofifi.asn.recruitment.batch;

import id.sofifi.asn.jobs.batch.ImportWriter;
import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.privacy.domain.NikKeys;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.recruitment.batch.ApplicationImportProcessor.ImportItem;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.ExternalResults;
import id.sofifi.asn.recruitment.domain.ExternalResults.ExternalResult;
import id.sofifi.asn.recruitment.domain.ImportedApplication;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a chunk of valid rows in a few set-based statements: new registration numbers are inserted
 * as submitted, known ones updated (re-import is idempotent). A NIK that already applied this fiscal
 * year under another registration number is refused per row (§1.1); the database key settles races. A
 * result decided by the exporting system then goes through {@link ExternalResults}, the application's
 * own transition in bulk. One audit event per chunk records who imported what, with a digest of the rows.
 */
@Named
@Dependent
public class ApplicationImportWriter extends ImportWriter<ImportItem> {
    private static final String INSERT = "INSERT INTO application (registration_number, formation_id, period_id,"
            + " fiscal_year, nik_hash, nik_sealed, nik_key_id, full_name, birth_date, sex, email, education, gpa,"
            + " source, status, submitted_at)"
            + " SELECT u.reg, u.formation, ?, ?, u.nik_hash, u.nik_sealed, u.nik_key_id, u.name, u.birth::date, u.sex,"
            + " u.email, u.education, u.gpa::numeric, 'IMPORT', ?, ?"
            + " FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[])"
            + " AS u(reg, formation, nik_hash, nik_sealed, nik_key_id, name, birth, sex, email, education, gpa)"
            + " ON CONFLICT DO NOTHING RETURNING id, registration_number";
    private static final String UPDATE = "UPDATE application a SET formation_id = u.formation,"
            + " nik_hash = u.nik_hash, nik_sealed = u.nik_sealed, nik_key_id = u.nik_key_id,"
            + " full_name = u.name, birth_date = u.birth::date, sex = u.sex, email = u.email,"
            + " education = u.education, gpa = u.gpa::numeric, version = a.version + 1"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[])"
            + " AS u(id, formation, nik_hash, nik_sealed, nik_key_id, name, birth, sex, email, education, gpa)"
            + " WHERE a.id = u.id";
    /** The first step of every timeline, noting the formation applied to, as {@code Application} does. */
    private static final String SUBMITTED = "INSERT INTO application_event (application_id, occurred_at, step, note)"
            + " SELECT u.id, ?, ?, u.formation FROM unnest(?::bigint[], ?::text[]) AS u(id, formation)";

    public ApplicationImportWriter() {
        super("application.imported", "ApplicationImport", "Impor lamaran");
    }

    @Override
    protected long line(ImportItem row) {
        return row.application().line();
    }

    @Override
    protected Stored store(Connection c, List<ImportItem> items, Instant now) throws SQLException {
        List<ImportedApplication> rows = items.stream().map(ImportItem::application).toList();
        Map<String, Existing> existing = existing(c, rows);
        Map<String, String> nikOwners = nikOwners(c, rows);
        NikKeys keys = NikKeys.installed();
        List<ImportItem> inserts = new ArrayList<>();
        List<ImportItem> updates = new ArrayList<>();
        for (ImportItem item : items) {
            ImportedApplication a = item.application();
            Existing known = existing.get(a.registrationNumber());
            String owner = nikOwners.get(keys.hash(a.nik()));
            if (known != null && known.periodId != period.id()) {
                reject(a, "registration_number", "import.otherPeriod");
            } else if (owner != null && !owner.equals(a.registrationNumber())) {
                reject(a, "nik", "application.oncePerYear", period.fiscalYear());
            } else {
                (known == null ? inserts : updates).add(item);
            }
        }
        Map<String, Long> stored = insert(c, inserts, now);
        int inserted = stored.size();
        update(c, updates, existing);
        updates.forEach(u -> stored.put(u.application().registrationNumber(),
                existing.get(u.application().registrationNumber()).id));
        int decided = ExternalResults.record(c, results(rows, stored), actor(), now);
        return new Stored(rows, inserted + " baru, " + updates.size() + " diperbarui, " + decided
                + " hasil administrasi dari sistem asal");
    }

    /** Inserts the new applications with their first timeline step; answers their ids by number. */
    private Map<String, Long> insert(Connection c, List<ImportItem> inserts, Instant now) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        if (inserts.isEmpty()) {
            return stored;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, period.id());
            insert.setInt(2, period.fiscalYear());
            insert.setString(3, ApplicationStatus.SUBMITTED.name());
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setArray(5, texts(c, inserts, ImportedApplication::registrationNumber));
            insert.setArray(6, formationIds(c, inserts));
            bindFields(c, insert, 7, inserts);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        List<ImportItem> fresh = new ArrayList<>();
        for (ImportItem item : inserts) {
            if (stored.containsKey(item.application().registrationNumber())) {
                fresh.add(item);
            } else {
                // lost a race with another writer of the same NIK or number
                reject(item.application(), "nik", "application.oncePerYear", period.fiscalYear());
            }
        }
        try (PreparedStatement submitted = c.prepareStatement(SUBMITTED)) {
            submitted.setTimestamp(1, Timestamp.from(now));
            submitted.setString(2, TimelineStep.SUBMITTED.name());
            submitted.setArray(3, c.createArrayOf("bigint",
                    fresh.stream().map(i -> stored.get(i.application().registrationNumber())).toArray()));
            submitted.setArray(4, texts(c, fresh, ImportedApplication::formationCode));
            submitted.executeUpdate();
        }
        return stored;
    }

    private void update(Connection c, List<ImportItem> updates, Map<String, Existing> existing) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            update.setArray(1, c.createArrayOf("bigint",
                    updates.stream().map(u -> existing.get(u.application().registrationNumber()).id).toArray()));
            update.setArray(2, formationIds(c, updates));
            bindFields(c, update, 3, updates);
            update.executeUpdate();
        }
    }

    /** The results the exporting system decided, for the rows that were stored. */
    private static List<ExternalResult> results(List<ImportedApplication> rows, Map<String, Long> stored) {
        return rows.stream().filter(a -> a.result() != null && stored.containsKey(a.registrationNumber()))
                .map(a -> new ExternalResult(stored.get(a.registrationNumber()), a.result())).toList();
    }

    /** Binds the sealed NIK (hash, sealed, key id), name, birth, sex, email, education, gpa from {@code first} on. */
    private static void bindFields(Connection c, PreparedStatement statement, int first, List<ImportItem> items)
            throws SQLException {
        NikKeys keys = NikKeys.installed();
        List<SealedNik> niks = items.stream().map(i -> keys.seal(i.application().nik())).toList();
        statement.setArray(first, c.createArrayOf("text", niks.stream().map(SealedNik::hash).toArray()));
        statement.setArray(first + 1, c.createArrayOf("text", niks.stream().map(SealedNik::sealed).toArray()));
        statement.setArray(first + 2, c.createArrayOf("text", niks.stream().map(SealedNik::keyId).toArray()));
        statement.setArray(first + 3, texts(c, items, ImportedApplication::fullName));
        statement.setArray(first + 4, texts(c, items, a -> a.birthDate().toString()));
        statement.setArray(first + 5, texts(c, items, a -> a.sex().name()));
        statement.setArray(first + 6, texts(c, items, ImportedApplication::email));
        statement.setArray(first + 7, texts(c, items, a -> a.qualification().education()));
        statement.setArray(first + 8, texts(c, items, a -> a.qualification().gpa().toPlainString()));
    }

    private static Array formationIds(Connection c, List<ImportItem> items) throws SQLException {
        return c.createArrayOf("bigint", items.stream().map(ImportItem::formationId).toArray());
    }

    private static Array texts(Connection c, List<ImportItem> items, Function<ImportedApplication, String> field)
            throws SQLException {
        return c.createArrayOf("text", items.stream().map(i -> field.apply(i.application())).toArray());
    }

    private Map<String, Existing> existing(Connection c, List<ImportedApplication> rows) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT registration_number, id, period_id"
                + " FROM application WHERE registration_number = ANY (?)")) {
            select.setArray(1,
                    c.createArrayOf("text", rows.stream().map(ImportedApplication::registrationNumber).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return found;
    }

    /** Who applied this fiscal year under the rows' NIKs: registration number by the NIK's keyed hash. */
    private Map<String, String> nikOwners(Connection c, List<ImportedApplication> rows) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        NikKeys keys = NikKeys.installed();
        try (PreparedStatement select = c.prepareStatement("SELECT nik_hash, registration_number FROM application"
                + " WHERE fiscal_year = ? AND nik_hash = ANY (?)")) {
            select.setInt(1, period.fiscalYear());
            select.setArray(2, c.createArrayOf("text", rows.stream().map(a -> keys.hash(a.nik())).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return owners;
    }

    private void reject(ImportedApplication row, String field, String key, Object... args) throws SQLException {
        refuse(row.line(), new Violation(field, key, List.of(args)));
    }

    /** What an application looked like before this chunk: its id and its period. */
    private record Existing(long id, long periodId) {
    }
}
