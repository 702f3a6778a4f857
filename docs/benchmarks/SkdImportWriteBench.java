import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.selection.domain.ImportedSkdScore;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Issue 14: the SKD import's write path without the application server, on a PostgreSQL of its own. A synthetic
 * period of N MS applications; the N-row score file parsed by the import's own classes; then each chunk written in
 * its own transaction by the statements of the writer before issue 14 (lookup, then the unnest upsert with
 * ON CONFLICT ... DO UPDATE ... WHERE) and by those of this tree's SkdScoreWriter (COPY into the staging table, one
 * classifying statement, read from the class), each as a first import (every row new) and a re-import (every row
 * unchanged), and the new one once more without the foreign key skd_score -> application (V37), followed by the
 * end-of-job orphan check that replaces it. Also the row checks alone:
 * CSV reading and ImportedSkdScore.parse, and the code check with a regex compiled per call against CodeFormat.
 * Run: docs/benchmarks/skd-import-write.sh (arguments: JDBC URL, rows, chunk, and optionally the paths to run,
 * comma-separated: before,after,V37 no FK).
 */
public class SkdImportWriteBench {
    private static final String WRITER = "id.sofifi.asn.selection.batch.SkdScoreWriter";
    /** The writer's upsert before issue 14 (commit 7512f7b), for the comparison. */
    private static final String OLD_LOOKUP = "SELECT registration_number, id, status, NULL, false FROM application"
            + " WHERE period_id = ? AND registration_number = ANY (?::text[])";
    private static final String OLD_UPSERT = "WITH u AS (SELECT * FROM unnest(?::bigint[], ?::text[], ?::int[],"
            + " ?::int[], ?::int[]) AS u(id, attendance, twk, tiu, tkp)),"
            + " changed AS (INSERT INTO score_change (application_id, stage, job_execution_id, changed_at, changed_by,"
            + " old_value, new_value) SELECT s.application_id, 'SKD', ?, ?, ?,"
            + " concat_ws('/', s.attendance, s.twk, s.tiu, s.tkp), concat_ws('/', u.attendance, u.twk, u.tiu, u.tkp)"
            + " FROM u JOIN skd_score s ON s.application_id = u.id"
            + " WHERE (s.attendance, s.twk, s.tiu, s.tkp) IS DISTINCT FROM (u.attendance, u.twk, u.tiu, u.tkp)"
            + " RETURNING 1),"
            + " inserted AS (INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
            + " SELECT id, attendance, twk, tiu, tkp, ? FROM u ON CONFLICT (application_id) DO UPDATE SET"
            + " attendance = EXCLUDED.attendance, twk = EXCLUDED.twk, tiu = EXCLUDED.tiu, tkp = EXCLUDED.tkp,"
            + " job_execution_id = EXCLUDED.job_execution_id WHERE (skd_score.attendance, skd_score.twk,"
            + " skd_score.tiu, skd_score.tkp) IS DISTINCT FROM (EXCLUDED.attendance, EXCLUDED.twk, EXCLUDED.tiu,"
            + " EXCLUDED.tkp) RETURNING xmax = 0 AS fresh)"
            + " SELECT (SELECT count(*) FROM inserted WHERE fresh), (SELECT count(*) FROM changed)";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        int chunk = Integer.parseInt(args[2]);
        String staging = constant("STAGING");
        String classify = constant("CLASSIFY");
        try (Connection c = DriverManager.getConnection(url, "asn", "")) {
            schema(c, rows);
            List<ImportedSkdScore> parsed = parse(rows);
            List<String> paths = args.length > 3 ? List.of(args[3].split(",")) : List.of("before", "after", "V37 no FK");
            for (String path : paths) {
                if (path.equals("V37 no FK")) {
                    exec(c, "ALTER TABLE skd_score DROP CONSTRAINT skd_score_application_id_fkey");
                }
                exec(c, "TRUNCATE skd_score, score_change, import_row_error");
                exec(c, "CHECKPOINT");
                for (String run : List.of("first import", "re-import")) {
                    long start = System.nanoTime();
                    long[] counts = new long[2];
                    for (int from = 0; from < parsed.size(); from += chunk) {
                        List<ImportedSkdScore> part = parsed.subList(from, Math.min(from + chunk, parsed.size()));
                        long[] written = path.equals("before") ? before(c, part) : after(c, part, staging, classify);
                        c.commit();
                        counts[0] += written[0];
                        counts[1] += written[1];
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf("%-13s %-12s %8d rows in %7.1f s = %8d rows/s (inserted %d, changed %d)   [load %s]%n",
                            path, run, rows, ms / 1000.0, rows * 1000L / Math.max(ms, 1), counts[0], counts[1],
                            load());
                }
            }
            orphanCheck(c);
        }
    }

    /** ScoreOrphanCheck's statement over the million scores: what the guard replacing the foreign key costs. */
    private static void orphanCheck(Connection c) throws SQLException {
        long start = System.nanoTime();
        int removed;
        try (Statement s = c.createStatement()) {
            removed = s.executeUpdate("DELETE FROM skd_score s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM application a WHERE a.id = s.application_id)");
        }
        c.commit();
        System.out.printf("end-of-job orphan check over skd_score: %d ms (%d removed)   [load %s]%n",
                (System.nanoTime() - start) / 1_000_000, removed, load());
    }

    private static final Method STAGED = staged();

    private static Method staged() {
        try {
            Method method = Class.forName(WRITER).getDeclaredMethod("staged", List.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String constant(String name) throws ReflectiveOperationException {
        Field field = Class.forName(WRITER).getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static void schema(Connection c, int rows) throws SQLException {
        c.setAutoCommit(true);
        for (String sql : List.of("DROP TABLE IF EXISTS skd_score, score_change, import_row_error, application",
                // as V1–V3 for what the import touches; filler for the width of a real application row
                "CREATE TABLE application (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " registration_number varchar(30) NOT NULL UNIQUE, period_id bigint NOT NULL,"
                        + " status varchar(3) NOT NULL, filler text)",
                "CREATE INDEX application_period_status_ix ON application (period_id, status)",
                "CREATE TABLE skd_score (application_id bigint PRIMARY KEY REFERENCES application (id)"
                        + " ON DELETE CASCADE, attendance varchar(12) NOT NULL CHECK (attendance IN ('PRESENT',"
                        + " 'ABSENT', 'DISQUALIFIED')), twk smallint CHECK (twk BETWEEN 0 AND 150 AND twk % 5 = 0),"
                        + " tiu smallint CHECK (tiu BETWEEN 0 AND 175 AND tiu % 5 = 0),"
                        + " tkp smallint CHECK (tkp BETWEEN 0 AND 225), job_execution_id bigint NOT NULL,"
                        + " CONSTRAINT skd_score_present_ck CHECK ((attendance = 'PRESENT') = (twk IS NOT NULL"
                        + " AND tiu IS NOT NULL AND tkp IS NOT NULL)))",
                "CREATE TABLE score_change (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " application_id bigint NOT NULL REFERENCES application (id) ON DELETE CASCADE,"
                        + " stage varchar(3) NOT NULL, job_execution_id bigint NOT NULL, changed_at timestamptz NOT NULL,"
                        + " changed_by varchar(100) NOT NULL, old_value varchar(200) NOT NULL,"
                        + " new_value varchar(200) NOT NULL)",
                "CREATE INDEX score_change_application_ix ON score_change (application_id)",
                "CREATE TABLE import_row_error (job_execution_id bigint NOT NULL, line bigint NOT NULL,"
                        + " field varchar(60) NOT NULL, message_key varchar(100) NOT NULL,"
                        + " message_args varchar(500) NOT NULL, PRIMARY KEY (job_execution_id, line, field))",
                "INSERT INTO application (registration_number, period_id, status, filler) SELECT 'BENCH-' || g, 1,"
                        + " 'MS', repeat('x', 300) FROM generate_series(1, " + rows + ") g",
                "ANALYZE application")) {
            exec(c, sql);
        }
        c.setAutoCommit(false);
    }

    /** The score file, read and checked by the import's own classes; also times the checks alone. */
    private static List<ImportedSkdScore> parse(int rows) {
        StringBuilder csv = new StringBuilder(String.join(",", ImportedSkdScore.COLUMNS)).append('\n');
        for (int i = 1; i <= rows; i++) {
            csv.append("BENCH-").append(i).append(i % 20 == 0 ? ",,,,ABSENT\n"
                    : "," + 5 * (i % 31) + "," + 5 * (i % 36) + "," + i % 226 + ",PRESENT\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<ImportedSkdScore> parsed = new ArrayList<>();
        long start = System.nanoTime();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), ImportedSkdScore.COLUMNS)) {
            for (var row = reader.next(); row.isPresent(); row = reader.next()) {
                ImportedSkdScore.parse(row.get(), new Violations()).ifPresent(parsed::add);
            }
        }
        long ms = Math.max((System.nanoTime() - start) / 1_000_000, 1);
        System.out.printf("row checks: CSV read + ImportedSkdScore.parse of %d rows in %.1f s = %d rows/s"
                + " (%d valid)   [load %s]%n", rows, ms / 1000.0, rows * 1000L / ms, parsed.size(), load());
        CodeFormat format = new CodeFormat(3, 30);
        long regexStart = System.nanoTime();
        int matched = 0;
        for (int i = 1; i <= rows; i++) {
            matched += Pattern.matches("[A-Z0-9][A-Z0-9.-]{2,29}", "BENCH-" + i) ? 1 : 0;
        }
        long regexMs = Math.max((System.nanoTime() - regexStart) / 1_000_000, 1);
        long loopStart = System.nanoTime();
        for (int i = 1; i <= rows; i++) {
            matched += format.matches("BENCH-" + i) ? 1 : 0;
        }
        long loopMs = Math.max((System.nanoTime() - loopStart) / 1_000_000, 1);
        System.out.printf("code check of %d numbers: regex compiled per call %d ms, CodeFormat.matches %d ms (%d)%n",
                rows, regexMs, loopMs, matched);
        return parsed;
    }

    /** The writer before issue 14: lookup, then the upsert of the MS rows. */
    private static long[] before(Connection c, List<ImportedSkdScore> rows) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<ImportedSkdScore> accepted = new ArrayList<>();
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        try (PreparedStatement select = c.prepareStatement(OLD_LOOKUP)) {
            select.setLong(1, 1);
            select.setArray(2, c.createArrayOf("text", rows.stream().map(ImportedSkdScore::registrationNumber)
                    .toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if ("MS".equals(rs.getString(3))) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        for (ImportedSkdScore row : rows) {
            Long id = found.get(row.registrationNumber());
            if (id != null) {
                ids.add(id);
                accepted.add(row);
            }
        }
        try (PreparedStatement upsert = c.prepareStatement(OLD_UPSERT)) {
            upsert.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            upsert.setArray(2, c.createArrayOf("text", accepted.stream().map(r -> r.attendance().name()).toArray()));
            upsert.setArray(3, c.createArrayOf("integer", accepted.stream()
                    .map(r -> r.score() == null ? null : r.score().twk()).toArray()));
            upsert.setArray(4, c.createArrayOf("integer", accepted.stream()
                    .map(r -> r.score() == null ? null : r.score().tiu()).toArray()));
            upsert.setArray(5, c.createArrayOf("integer", accepted.stream()
                    .map(r -> r.score() == null ? null : r.score().tkp()).toArray()));
            upsert.setLong(6, 1);
            upsert.setTimestamp(7, Timestamp.from(Instant.now()));
            upsert.setString(8, "bench");
            upsert.setLong(9, 1);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** This tree's SkdScoreWriter.store, with its own statements. */
    private static long[] after(Connection c, List<ImportedSkdScore> rows, String staging, String classify)
            throws Exception {
        exec(c, staging);
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + constant("STAGED_COLUMNS") + " FROM STDIN",
                new StringReader(STAGED.invoke(Class.forName(WRITER).getConstructor().newInstance(), rows).toString()));
        try (PreparedStatement statement = c.prepareStatement(classify)) {
            statement.setLong(1, 1);
            statement.setLong(2, 1);
            statement.setString(3, "BENCH");
            statement.setLong(4, 1);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.setString(6, "bench");
            statement.setLong(7, 1);
            statement.setLong(8, 1);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String load() {
        try {
            String[] avg = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return avg[0] + " " + avg[1] + " " + avg[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
