package id.sofifi.asn.selection;

import java.util.List;
import java.util.ArrayList;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A period big enough to stop or kill a ranking mid-way, written straight into the tables (the import
 * API would take minutes for it): what RankingRestartIT and RankingCrashIT rank, and what JobCrashIT appoints.
 */
public final class RankingFixture {
    private RankingFixture() {
    }

    /** {@code formations} general formations of quota 1 with three applicants each, scores spread deterministically. */
    public static long period(Connection c, String code, int year, int formations) throws SQLException {
        long period;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO selection_period (code, name, fiscal_year,"
                + " type, registration_opens, registration_closes, objection_days, general_twk, general_tiu,"
                + " general_tkp, cumlaude_total, cumlaude_tiu, affirmative_total, affirmative_tiu,"
                + " documents_retained_until) VALUES (?, 'Uji lanjut', ?, 'CPNS', now() - interval '60 days',"
                + " now() - interval '30 days', 3, 65, 80, 166, 311, 85, 286, 60, current_date + 700) RETURNING id")) {
            insert.setString(1, code);
            insert.setInt(2, year);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                period = rs.getLong(1);
            }
        }
        run(c, "INSERT INTO formation (period_id, code, position, work_unit_id, education, category, quota)"
                + " SELECT ?, 'R-' || g, 'Analis', (SELECT min(id) FROM work_unit), 'S-1', 'GENERAL', 1"
                + " FROM generate_series(1, " + formations + ") g", period);
        insertApplications(c, period, year);
        run(c, "INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
                + " SELECT id, 'PRESENT', 5 * (id * 7 % 31), 5 * (id * 11 % 36), id * 13 % 226, 0"
                + " FROM application WHERE period_id = ?", period);
        return period;
    }

    /** Three applicants per formation, each with a NIK of its own sealed as the server seals them (§6). */
    private static void insertApplications(Connection c, long period, int year) throws SQLException {
        List<Long> formationIds = new ArrayList<>();
        List<Integer> serials = new ArrayList<>();
        List<SealedNik> niks = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM formation WHERE period_id = ?")) {
            select.setLong(1, period);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    for (int n = 1; n <= 3; n++) {
                        formationIds.add(rs.getLong(1));
                        serials.add(n);
                        niks.add(SealedNik.of(new Nik("9" + "%015d".formatted(rs.getLong(1) * 10 + n))));
                    }
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO application (registration_number,"
                + " formation_id, submitted_at, period_id, fiscal_year, " + SealedNik.COLUMNS + ", full_name,"
                + " birth_date, sex, education, gpa, source, status)"
                + " SELECT 'RST-' || u.f || '-' || u.n, u.f, now(), ?, ?, u.h, u.s, u.k, 'Peserta ' || u.n,"
                + " date '1995-01-01' + u.n, 'M', 'S-1', 3.00, 'IMPORT', 'MS'"
                + " FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[]) AS u(f, n, h, s, k)")) {
            insert.setLong(1, period);
            insert.setInt(2, year);
            insert.setArray(3, c.createArrayOf("bigint", formationIds.toArray()));
            insert.setArray(4, c.createArrayOf("integer", serials.toArray()));
            insert.setArray(5, c.createArrayOf("text", niks.stream().map(SealedNik::hash).toArray()));
            insert.setArray(6, c.createArrayOf("text", niks.stream().map(SealedNik::sealed).toArray()));
            insert.setArray(7, c.createArrayOf("text", niks.stream().map(SealedNik::keyId).toArray()));
            insert.executeUpdate();
        }
    }

    public static void run(Connection c, String sql, long period) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, period);
            statement.executeUpdate();
        }
    }

    /** The first column of every row a query with one parameter answers, in its order. */
    public static List<String> strings(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    /** The number a counting query answers for the period (its one parameter). */
    public static long count(Connection c, String sql, long period) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, period);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The result digest the audit step of a ranking run recorded. */
    static String digest(Connection c, String period, long execution) throws SQLException {
        return completion(c, period, execution, "after_digest");
    }

    /** A column of the completion audit the audit step of a skd-ranking run recorded. */
    static String completion(Connection c, String period, long execution, String column) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + column + " FROM audit_event WHERE action = 'skd-ranking.completed' AND subject_key = ?")) {
            select.setString(1, period + "/job-" + execution);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "no completion audit for job " + execution);
                return rs.getString(1);
            }
        }
    }
}
