package id.sofifi.asn.selection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A period big enough to stop or kill a ranking mid-way, written straight into the tables (the import
 * API would take minutes for it): what RankingRestartIT and RankingCrashIT rank.
 */
final class RankingFixture {
    private RankingFixture() {
    }

    /** {@code formations} general formations of quota 1 with three applicants each, scores spread deterministically. */
    static long period(Connection c, String code, int year, int formations) throws SQLException {
        long period;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO selection_period (code, name, fiscal_year,"
                + " type, registration_opens, registration_closes, objection_days, general_twk, general_tiu,"
                + " general_tkp, cumlaude_total, cumlaude_tiu, affirmative_total, affirmative_tiu) VALUES (?,"
                + " 'Uji lanjut', ?, 'CPNS', now() - interval '60 days', now() - interval '30 days', 3, 65, 80,"
                + " 166, 311, 85, 286, 60) RETURNING id")) {
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
        run(c, "INSERT INTO application (registration_number, formation_id, submitted_at, period_id, fiscal_year,"
                + " nik, full_name, birth_date, sex, education, gpa, source, status)"
                + " SELECT 'RST-' || f.id || '-' || n, f.id, now(), f.period_id, " + year + ","
                + " '9' || lpad((f.id * 10 + n)::text, 15, '0'), 'Peserta ' || n,"
                + " date '1995-01-01' + n, 'M', 'S-1', 3.00,"
                + " 'IMPORT', 'MS' FROM formation f, generate_series(1, 3) n WHERE f.period_id = ?", period);
        run(c, "INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
                + " SELECT id, 'PRESENT', 5 * (id * 7 % 31), 5 * (id * 11 % 36), id * 13 % 226, 0"
                + " FROM application WHERE period_id = ?", period);
        return period;
    }

    static void run(Connection c, String sql, long period) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, period);
            statement.executeUpdate();
        }
    }

    /** The result digest the audit step of a ranking run recorded. */
    static String digest(Connection c, String period, long execution) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT after_digest FROM audit_event WHERE action = 'skd-ranking.completed' AND subject_key = ?")) {
            select.setString(1, period + "/job-" + execution);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "no completion audit for job " + execution);
                return rs.getString(1);
            }
        }
    }
}
