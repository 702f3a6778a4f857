package id.sofifi.asn.selection.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.ApplicationAccess;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.SkdRanking;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reading the results of the ranking jobs, and explaining one applicant's. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME, Role.VERIFIER_NAME, Role.SUPERVISOR_NAME})
public class ResultService {
    private static final String LIST_FILTER = " WHERE r.period_id = ? AND (?::text IS NULL OR f.code = ?)"
            + " ORDER BY f.code, r.rank NULLS LAST, a.registration_number OFFSET ? LIMIT ?";
    private static final String SKD_RESULTS = "SELECT a.registration_number, f.code, s.twk, s.tiu, s.tkp, r.rank,"
            + " r.code, count(*) OVER () FROM skd_result r JOIN application a ON a.id = r.application_id"
            + " JOIN formation f ON f.id = r.formation_id LEFT JOIN skd_score s ON s.application_id = r.application_id"
            + LIST_FILTER;
    private static final String FINAL_RESULTS = "SELECT a.registration_number, f.code, r.skd100, r.skb100,"
            + " r.final_score, r.rank, r.code, p.code, count(*) OVER () FROM final_result r"
            + " JOIN application a ON a.id = r.application_id JOIN formation f ON f.id = r.formation_id"
            + " LEFT JOIN formation p ON p.id = r.placed_formation_id" + LIST_FILTER;
    private static final String EXPLAINED = "SELECT a.registration_number, a.full_name, f.code, f.position, f.category,"
            + " f.quota, f.id, s.attendance, s.twk, s.tiu, s.tkp, r.code, r.rank, r.tie_break, fr.skd100, fr.skb100,"
            + " fr.final_score, fr.code, fr.rank, fr.tie_break, pf.code, p.general_twk, p.general_tiu, p.general_tkp,"
            + " p.cumlaude_total, p.cumlaude_tiu, p.affirmative_total, p.affirmative_tiu"
            + " FROM application a JOIN formation f ON f.id = a.formation_id JOIN selection_period p ON p.id = a.period_id"
            + " LEFT JOIN skd_score s ON s.application_id = a.id LEFT JOIN skd_result r ON r.application_id = a.id"
            + " LEFT JOIN final_result fr ON fr.application_id = a.id"
            + " LEFT JOIN formation pf ON pf.id = fr.placed_formation_id WHERE a.registration_number = ?";
    private static final String LAST_PROCEEDING = "SELECT r.rank, s.twk + s.tiu + s.tkp, s.twk, s.tiu, s.tkp"
            + " FROM skd_result r JOIN skd_score s ON s.application_id = r.application_id"
            + " WHERE r.formation_id = ? AND r.code = 'P/L' ORDER BY r.rank DESC LIMIT 1";
    private static final String LAST_PASSED = "SELECT rank, final_score, NULL, NULL, NULL FROM final_result"
            + " WHERE formation_id = ? AND code = 'L' ORDER BY rank DESC LIMIT 1";

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    ApplicationAccess access;

    @Resource
    SessionContext session;

    @Inject
    DataSource dataSource;

    /** SKD results ordered by formation then rank (API-CONTRACT); {@code formation} may be null for all. */
    public Page<SkdResultView> skdResults(String periodCode, String formation, PageRequest request) {
        return list(
                SKD_RESULTS,
                periodCode,
                formation,
                request,
                rs -> new SkdResultView(
                        rs.getString(1),
                        rs.getString(2),
                        integer(rs, 3),
                        integer(rs, 4),
                        integer(rs, 5),
                        integer(rs, 6),
                        rs.getString(7)));
    }

    public Page<FinalResultView> finalResults(String periodCode, String formation, PageRequest request) {
        return list(
                FINAL_RESULTS,
                periodCode,
                formation,
                request,
                rs -> new FinalResultView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        integer(rs, 6),
                        rs.getString(7),
                        rs.getString(8)));
    }

    /** The explanation of one application's results, for staff and for the applicant themselves. */
    @RolesAllowed({
        Role.ADMIN_NAME,
        Role.AGENCY_NAME,
        Role.OPERATOR_NAME,
        Role.VERIFIER_NAME,
        Role.SUPERVISOR_NAME,
        Role.APPLICANT_NAME
    })
    public Explanation explain(String registrationNumber) {
        access.readable(session, registrationNumber);
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(EXPLAINED)) {
            select.setString(1, registrationNumber);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                FormationCategory category = FormationCategory.valueOf(rs.getString(5));
                int quota = rs.getInt(6);
                long formationId = rs.getLong(7);
                return new Explanation(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        category,
                        quota,
                        skdPart(c, rs, category, quota, formationId),
                        finalPart(c, rs, formationId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Explanation.SkdPart skdPart(
            Connection c, ResultSet rs, FormationCategory category, int quota, long formationId) throws SQLException {
        if (rs.getString(12) == null) {
            return null;
        }
        Integer twk = integer(rs, 9);
        PassingThresholds thresholds = PassingThresholds.of(
                rs.getInt(22),
                rs.getInt(23),
                rs.getInt(24),
                rs.getInt(25),
                rs.getInt(26),
                rs.getInt(27),
                rs.getInt(28));
        return new Explanation.SkdPart(
                rs.getString(8) == null ? "ABSENT" : rs.getString(8),
                twk,
                integer(rs, 10),
                integer(rs, 11),
                twk == null ? List.of() : thresholds.checks(category, twk, rs.getInt(10), rs.getInt(11)),
                rs.getString(12),
                integer(rs, 13),
                rs.getString(14),
                SkdRanking.cutOff(quota),
                cutoff(c, LAST_PROCEEDING, formationId));
    }

    private Explanation.FinalPart finalPart(Connection c, ResultSet rs, long formationId) throws SQLException {
        if (rs.getString(18) == null) {
            return null;
        }
        return new Explanation.FinalPart(
                rs.getBigDecimal(15),
                rs.getBigDecimal(16),
                rs.getBigDecimal(17),
                rs.getString(18),
                integer(rs, 19),
                rs.getString(20),
                rs.getString(21),
                cutoff(c, LAST_PASSED, formationId));
    }

    private static Explanation.Cutoff cutoff(Connection c, String sql, long formationId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, formationId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? new Explanation.Cutoff(
                                rs.getInt(1), rs.getBigDecimal(2), integer(rs, 3), integer(rs, 4), integer(rs, 5))
                        : null;
            }
        }
    }

    private <T> Page<T> list(
            String sql, String periodCode, String formation, PageRequest request, RowMapper<T> mapper) {
        long periodId = periods.findByCode(periodCode)
                .orElseThrow(() -> new NotFoundException("period.notFound", periodCode))
                .id();
        List<T> items = new ArrayList<>();
        long total = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, periodId);
            select.setString(2, formation);
            select.setString(3, formation);
            select.setInt(4, request.offset());
            select.setInt(5, request.size());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(mapper.map(rs));
                    total = rs.getLong(rs.getMetaData().getColumnCount());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Page<>(items, request.page(), request.size(), total);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Maps the current row. */
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
