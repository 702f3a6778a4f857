package id.sofifi.asn.selection.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.ApplicationAccess;
import id.sofifi.asn.recruitment.domain.FormationCategory;
import id.sofifi.asn.recruitment.domain.PassingThresholds;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkdRanking;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reading the results of the ranking jobs, and explaining one applicant's. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME, Role.VERIFIER_NAME, Role.SUPERVISOR_NAME})
public class ResultService {
    @Inject
    SelectionPeriodRepository periods;

    @Inject
    ApplicationAccess access;

    @Resource
    SessionContext session;

    @Inject
    SelectionResultRepository results;

    /** SKD results ordered by formation then rank (API-CONTRACT); {@code formation} may be null for all. */
    public Page<SkdResultView> skdResults(String periodCode, String formation, PageRequest request) {
        return results.skdResults(periodId(periodCode), formation, request, rs -> new SkdResultView(rs.getString(1),
                rs.getString(2), integer(rs, 3), integer(rs, 4), integer(rs, 5), integer(rs, 6), rs.getString(7)));
    }

    public Page<FinalResultView> finalResults(String periodCode, String formation, PageRequest request) {
        return results.finalResults(periodId(periodCode), formation, request,
                rs -> new FinalResultView(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), integer(rs, 6), rs.getString(7), rs.getString(8)));
    }

    /** The explanation of one application's results, for staff and for the applicant themselves. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.OPERATOR_NAME, Role.VERIFIER_NAME, Role.SUPERVISOR_NAME,
            Role.APPLICANT_NAME})
    public Explanation explain(String registrationNumber) {
        access.readable(session, registrationNumber);
        return results.explained(registrationNumber, rs -> {
            FormationCategory category = FormationCategory.valueOf(rs.getString(5));
            int quota = rs.getInt(6);
            long formationId = rs.getLong(7);
            return new Explanation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), category, quota,
                    skdPart(rs, category, quota, formationId), finalPart(rs, formationId));
        });
    }

    private Explanation.SkdPart skdPart(ResultSet rs, FormationCategory category, int quota, long formationId)
            throws SQLException {
        if (rs.getString(12) == null) {
            return null;
        }
        Integer twk = integer(rs, 9);
        PassingThresholds thresholds = PassingThresholds.of(rs.getInt(22), rs.getInt(23), rs.getInt(24), rs.getInt(25),
                rs.getInt(26), rs.getInt(27), rs.getInt(28));
        return new Explanation.SkdPart(rs.getString(8) == null ? "ABSENT" : rs.getString(8), twk, integer(rs, 10),
                integer(rs, 11),
                twk == null ? List.of() : thresholds.checks(category, twk, rs.getInt(10), rs.getInt(11)),
                rs.getString(12), integer(rs, 13), rs.getString(14), SkdRanking.cutOff(quota),
                results.lastProceeding(formationId, ResultService::cutoff).orElse(null));
    }

    private Explanation.FinalPart finalPart(ResultSet rs, long formationId) throws SQLException {
        if (rs.getString(18) == null) {
            return null;
        }
        return new Explanation.FinalPart(rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17),
                rs.getString(18), integer(rs, 19), rs.getString(20), rs.getString(21),
                results.lastPassed(formationId, ResultService::cutoff).orElse(null));
    }

    private static Explanation.Cutoff cutoff(ResultSet rs) throws SQLException {
        return new Explanation.Cutoff(rs.getInt(1), rs.getBigDecimal(2), integer(rs, 3), integer(rs, 4),
                integer(rs, 5));
    }

    private long periodId(String periodCode) {
        return periods.byCode(periodCode).id();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
