import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Helper of the periodic evaluation report benchmark (docs/benchmarks.md, "Periodic evaluation report (issue 11)");
 * needs only JDK 17 and the PostgreSQL JDBC driver: {@code java -cp postgresql.jar EvaluationReportBench.java ...}.
 * <ul>
 * <li>{@code fill OPD FROM RESPONSES COMPLAINTS}: under every unit below OPD one service unit; RESPONSES survey
 * responses spread over them and over the quarter starting FROM (answers 1–4, some blank); COMPLAINTS cases of those
 * units received in the quarter in every status, with routing and follow-up days; a quarterly SKP assessment of the
 * quarter for every employee of the OPD (the first employee as official) — by SQL, as an import would leave them;
 * prints the counts and ms;</li>
 * <li>{@code aggregate OPD FROM}: the report's figures per unit (the unit and the units below it) in one SQL
 * statement — responses and mean answer per service unit, cases received / settled / followed up, predicate counts,
 * employees — the set-based floor of the job; prints the rows and ms.</li>
 * </ul>
 * Connection: ASN_DB_URL (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER, ASN_DB_PASSWORD (asn/asn).
 */
public class EvaluationReportBench {
    private static final String UNITS = "WITH RECURSIVE tree AS (SELECT id, id AS top FROM work_unit WHERE code = ?"
            + " UNION ALL SELECT w.id, t.top FROM work_unit w JOIN tree t ON w.parent_id = t.id)";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(env("ASN_DB_URL", "jdbc:postgresql://localhost:15432/asn"),
                env("ASN_DB_USER", "asn"), env("ASN_DB_PASSWORD", "asn"))) {
            LocalDate from = LocalDate.parse(args[2]);
            switch (args[0]) {
                case "fill" -> fill(c, args[1], from, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                case "aggregate" -> aggregate(c, args[1], from);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void fill(Connection c, String opd, LocalDate from, int responses, int complaints) throws SQLException {
        long t0 = System.nanoTime();
        int units = update(c, UNITS + " INSERT INTO service_unit (code, name, work_unit_id, annual_users) SELECT 'SU-' || w.code,"
                + " 'Loket ' || w.name, w.id, 20000 FROM work_unit w WHERE w.id IN (SELECT id FROM tree WHERE id <> top)",
                opd);
        int answered = update(c, "WITH su AS (SELECT s.id, row_number() OVER (ORDER BY s.id) - 1 AS n,"
                + " count(*) OVER () AS k FROM service_unit s JOIN work_unit w ON w.id = s.work_unit_id"
                + " WHERE w.parent_id = (SELECT id FROM work_unit WHERE code = ?))"
                + " INSERT INTO survey_response (service_unit_id, served_on, submitted_at, channel, u1, u2, u3, u4, u5,"
                + " u6, u7, u8, u9) SELECT su.id, ?::date + (g % 90), now(), 'PAPER', 1 + g % 4, 1 + (g / 3) % 4,"
                + " 1 + (g / 7) % 4, NULLIF(1 + (g / 11) % 5, 5), 1 + (g / 13) % 4, 1 + (g / 17) % 4,"
                + " 1 + (g / 19) % 4, 1 + (g / 23) % 4, 1 + (g / 29) % 4 FROM generate_series(0, ? - 1) g"
                + " JOIN su ON su.n = g % su.k", opd, from, responses);
        int cases = update(c, "WITH u AS (SELECT w.id, row_number() OVER (ORDER BY w.id) - 1 AS n, count(*) OVER ()"
                + " AS k FROM work_unit w WHERE w.parent_id = (SELECT id FROM work_unit WHERE code = ?))"
                + " INSERT INTO complaint (tracking_code, kind, privacy, title, body, work_unit_id, status, received_at,"
                + " routed_on, followed_up_on, closed_on, secret_hash) SELECT 'BENCH-' || lpad(g::text, 7, '0'),"
                + " 'COMPLAINT', 'PUBLIC', 'Pengaduan uji ' || g, 'Isi pengaduan uji', u.id,"
                + " (ARRAY['RECEIVED','ROUTED','FOLLOWED_UP','CLOSED','REJECTED'])[1 + g % 5],"
                + " (?::date + (g % 85))::timestamp AT TIME ZONE 'Asia/Jayapura' + interval '10 hours',"
                + " CASE WHEN g % 5 IN (1, 2, 3) THEN ?::date + (g % 85) + 1 + g % 4 END,"
                + " CASE WHEN g % 5 IN (2, 3) THEN ?::date + (g % 85) + 3 + g % 9 END,"
                + " CASE WHEN g % 5 = 3 THEN ?::date + (g % 85) + 14 END, repeat('0', 64)"
                + " FROM generate_series(0, ? - 1) g JOIN u ON u.n = g % u.k", opd, from, from, from, from,
                complaints);
        String quarter = "Q" + ((from.getMonthValue() - 1) / 3 + 1);
        int assessed = update(c, UNITS + ", staff AS (SELECT e.nip, row_number() OVER (ORDER BY e.nip) AS n FROM"
                + " employee e WHERE e.work_unit_id IN (SELECT id FROM tree))"
                + " INSERT INTO skp_assessment (nip, assessment_year, period, evaluator_nip, results, behaviour,"
                + " predicate, source, assessed_at) SELECT s.nip, ?, ?, (SELECT nip FROM staff WHERE n = 1),"
                + " 'AS_EXPECTED', 'AS_EXPECTED', (ARRAY['SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN',"
                + " 'KURANG'])[1 + s.n % 6], 'IMPORTED', now() FROM staff s WHERE s.n > 1"
                + " ON CONFLICT DO NOTHING", opd, from.getYear(), quarter);
        System.out.println(units + " service units, " + answered + " responses, " + cases + " complaints, " + assessed
                + " assessments in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** One statement: per unit of the OPD's tree, the same figures the report job computes through the use cases. */
    static void aggregate(Connection c, String opd, LocalDate from) throws SQLException {
        LocalDate to = from.plusMonths(3).minusDays(1);
        String sql = "WITH RECURSIVE tree AS (SELECT id, id AS top FROM work_unit WHERE id IN (SELECT id FROM"
                + " work_unit WHERE code = ? UNION SELECT id FROM work_unit WHERE parent_id = (SELECT id FROM work_unit"
                + " WHERE code = ?)) UNION ALL SELECT w.id, t.top FROM work_unit w JOIN tree t ON w.parent_id = t.id),"
                + " ikm AS (SELECT t.top, s.code, count(r.id) AS respondents, avg((coalesce(r.u1,0) + coalesce(r.u2,0)"
                + " + coalesce(r.u3,0) + coalesce(r.u4,0) + coalesce(r.u5,0) + coalesce(r.u6,0) + coalesce(r.u7,0)"
                + " + coalesce(r.u8,0) + coalesce(r.u9,0))::numeric / num_nonnulls(r.u1, r.u2, r.u3, r.u4, r.u5, r.u6,"
                + " r.u7, r.u8, r.u9)) AS mean FROM tree t JOIN service_unit s ON s.work_unit_id = t.id LEFT JOIN"
                + " survey_response r ON r.service_unit_id = s.id AND r.served_on BETWEEN ? AND ? GROUP BY t.top,"
                + " s.code), cases AS (SELECT t.top, count(*) AS received, count(*) FILTER (WHERE c.status ="
                + " 'CLOSED') AS settled, percentile_cont(0.5) WITHIN GROUP (ORDER BY c.followed_up_on -"
                + " (c.received_at AT TIME ZONE 'Asia/Jayapura')::date) AS median FROM tree t JOIN complaint c ON"
                + " c.work_unit_id = t.id WHERE c.received_at >= ?::date AT TIME ZONE 'Asia/Jayapura' AND"
                + " c.received_at < (?::date + 1) AT TIME ZONE 'Asia/Jayapura' GROUP BY t.top), staff AS (SELECT"
                + " t.top, count(*) AS employees, count(a.id) FILTER (WHERE a.predicate = 'SANGAT_BAIK') AS sb,"
                + " count(a.id) FILTER (WHERE a.predicate = 'BAIK') AS b, count(a.id) FILTER (WHERE a.predicate ="
                + " 'BUTUH_PERBAIKAN') AS bp, count(a.id) FILTER (WHERE a.predicate = 'KURANG') AS k FROM tree t JOIN"
                + " employee e ON e.work_unit_id = t.id LEFT JOIN skp_assessment a ON a.nip = e.nip AND"
                + " a.assessment_year = ? AND a.period = ? GROUP BY t.top)"
                + " SELECT w.code, (SELECT json_agg(json_build_object('code', i.code, 'n', i.respondents, 'mean',"
                + " i.mean)) FROM ikm i WHERE i.top = w.id), c.received, c.settled, c.median, s.employees, s.sb, s.b,"
                + " s.bp, s.k FROM work_unit w JOIN (SELECT DISTINCT top FROM tree) x ON x.top = w.id LEFT JOIN cases"
                + " c ON c.top = w.id LEFT JOIN staff s ON s.top = w.id ORDER BY w.code";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, opd);
            s.setString(2, opd);
            s.setObject(3, from);
            s.setObject(4, to);
            s.setObject(5, from);
            s.setObject(6, to);
            s.setInt(7, from.getYear());
            s.setString(8, "Q" + ((from.getMonthValue() - 1) / 3 + 1));
            long t0 = System.nanoTime();
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                }
            }
            System.out.println(rows + " " + (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
