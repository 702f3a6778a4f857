package id.sofifi.asn.selection.domain;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The selection result tables, {@code skd_result} and {@code final_result}: every statement on them is
 * here, with result codes bound from {@link SkdCode} and {@link FinalCode} and their public order from
 * {@link ResultCodeOrder}. The ranking jobs write a chunk together with its progress in one transaction on
 * their own connection, so the statements they use take that connection and keep no state (static);
 * queries that share a statement with other tables get the part on these tables as SQL from here.
 * Readers of the results map rows to their own views, in the column order each method names. It runs over
 * 300 lines on purpose: it is the one owner of both tables, and splitting it would spread their SQL again.
 */
@Dependent
public class SelectionResultRepository {
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
            + " FROM application a JOIN formation f ON f.id = a.formation_id JOIN"
            + " selection_period p ON p.id = a.period_id"
            + " LEFT JOIN skd_score s ON s.application_id = a.id LEFT JOIN skd_result r ON r.application_id = a.id"
            + " LEFT JOIN final_result fr ON fr.application_id = a.id"
            + " LEFT JOIN formation pf ON pf.id = fr.placed_formation_id WHERE a.registration_number = ?";
    private static final String LAST_PROCEEDING = "SELECT r.rank, s.twk + s.tiu + s.tkp, s.twk, s.tiu, s.tkp"
            + " FROM skd_result r JOIN skd_score s ON s.application_id = r.application_id"
            + " WHERE r.formation_id = ? AND r.code = ? ORDER BY r.rank DESC LIMIT 1";
    private static final String LAST_PASSED = "SELECT rank, final_score, NULL, NULL, NULL FROM final_result"
            + " WHERE formation_id = ? AND code = ? ORDER BY rank DESC LIMIT 1";
    private static final String ANY_PROCEEDED = "SELECT EXISTS (SELECT 1 FROM skd_result WHERE period_id = ?"
            + " AND code = ?)";
    private static final String WITH_EMPTY_SEATS = "SELECT f.id FROM formation f LEFT JOIN final_result r"
            + " ON r.formation_id = f.id AND r.code = ? WHERE f.period_id = ? GROUP BY f.id, f.quota"
            + " HAVING count(r.application_id) < f.quota";
    private static final String UPSERT_SKD = "INSERT INTO skd_result (application_id, period_id, formation_id, code,"
            + " rank, tie_break, job_execution_id) SELECT u.id, ?, u.formation, u.code, u.rank, u.tie, ?"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[])"
            + " AS u(id, formation, code, rank, tie)"
            + " ON CONFLICT (application_id) DO UPDATE SET period_id = EXCLUDED.period_id,"
            + " formation_id = EXCLUDED.formation_id, code = EXCLUDED.code, rank = EXCLUDED.rank,"
            + " tie_break = EXCLUDED.tie_break, job_execution_id = EXCLUDED.job_execution_id"
            + " WHERE (skd_result.period_id, skd_result.formation_id, skd_result.code, skd_result.rank,"
            + " skd_result.tie_break) IS DISTINCT FROM (EXCLUDED.period_id, EXCLUDED.formation_id, EXCLUDED.code,"
            + " EXCLUDED.rank, EXCLUDED.tie_break)";
    private static final String UPSERT_FINAL = "INSERT INTO final_result (application_id, period_id, formation_id,"
            + " code, rank, tie_break, skd100, skb100, final_score, job_execution_id)"
            + " SELECT u.id, ?, u.formation, u.code, u.rank, u.tie, u.skd100, u.skb100, u.final, ?"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::numeric[], ?::numeric[],"
            + " ?::numeric[]) AS u(id, formation, code, rank, tie, skd100, skb100, final)"
            + " ON CONFLICT (application_id) DO UPDATE SET period_id = EXCLUDED.period_id,"
            + " formation_id = EXCLUDED.formation_id, code = EXCLUDED.code, rank = EXCLUDED.rank,"
            + " tie_break = EXCLUDED.tie_break, skd100 = EXCLUDED.skd100, skb100 = EXCLUDED.skb100,"
            + " final_score = EXCLUDED.final_score, placed_formation_id = NULL,"
            + " job_execution_id = EXCLUDED.job_execution_id"
            + " WHERE (final_result.period_id, final_result.formation_id, final_result.code, final_result.rank,"
            + " final_result.tie_break, final_result.skd100, final_result.skb100, final_result.final_score,"
            + " final_result.placed_formation_id) IS DISTINCT FROM (EXCLUDED.period_id, EXCLUDED.formation_id,"
            + " EXCLUDED.code, EXCLUDED.rank, EXCLUDED.tie_break, EXCLUDED.skd100, EXCLUDED.skb100,"
            + " EXCLUDED.final_score, NULL::bigint)";
    private static final String PLACE = "UPDATE final_result r SET code = u.code, placed_formation_id = u.formation"
            + " FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(id, code,"
            + " formation) WHERE r.application_id = u.id";

    /** The two result tables, with the canonical form of a row the ranking audit digests. */
    public enum Table {
        SKD("skd_result", ResultCodeOrder.SKD, "concat_ws('|', application_id, code, rank, tie_break)"), FINAL(
                "final_result", ResultCodeOrder.FINAL,
                "concat_ws('|', application_id, code, rank, tie_break, skd100, skb100, final_score,"
                        + " placed_formation_id)");

        private final String name;
        private final ResultCodeOrder order;
        private final String canonical;

        Table(String name, ResultCodeOrder order, String canonical) {
            this.name = name;
            this.order = order;
            this.canonical = canonical;
        }

        /** The table a ranking job names in its job XML. */
        public static Table named(String name) {
            return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown result table " + name));
        }
    }

    /** Maps the current row of a result set. */
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A candidate given an empty seat of another formation (§1.7): the code says which kind of seat. */
    public record Placement(long applicationId, FinalCode code, long formationId) {
    }

    /** How many results a period has in a table, and the SHA-256 (hex) over all of them in application order. */
    public record Digest(long count, String sha256) {
    }

    @Inject
    DataSource dataSource;

    /**
     * The entries of an announcement of the table's stage, in the order they are announced: formation, rank,
     * then code in its public order, then registration number. The period is parameter {@code ?2} of the
     * enclosing native query.
     */
    static String inAnnouncementOrder(Table table) {
        return """
                SELECT a.registration_number, a.full_name, f.code, r.code,
                       row_number() OVER (ORDER BY f.code, r.rank NULLS LAST, %s, a.registration_number)
                FROM %s r JOIN application a ON a.id = r.application_id
                     JOIN formation f ON f.id = r.formation_id
                WHERE r.period_id = ?2""".formatted(table.order.sqlPosition("r.code"), table.name);
    }

    /** A SQL expression for the SKD code of the application whose id is {@code applicationId}, or null. */
    public static String skdCodeOf(String applicationId) {
        return "(SELECT r.code FROM skd_result r WHERE r.application_id = " + applicationId + ")";
    }

    /** A SQL condition: the application whose id is {@code applicationId} proceeded from SKD (P/L). */
    public static String proceededFromSkd(String applicationId) {
        return "EXISTS (SELECT 1 FROM skd_result r WHERE r.application_id = " + applicationId + " AND r.code = '"
                + SkdCode.PROCEEDS.label() + "')";
    }

    /** SKD results ordered by formation then rank; columns: number, formation, TWK, TIU, TKP, rank, code. */
    public <T> Page<T> skdResults(long periodId, String formation, PageRequest request, RowReader<T> row) {
        return list(SKD_RESULTS, periodId, formation, request, row);
    }

    /**
     * Final results ordered by formation then rank; columns: number, formation, SKD100, SKB100, final score,
     * rank, code, placed formation.
     */
    public <T> Page<T> finalResults(long periodId, String formation, PageRequest request, RowReader<T> row) {
        return list(FINAL_RESULTS, periodId, formation, request, row);
    }

    /**
     * One application with its formation, period thresholds, SKD score and both results; columns:
     * number, name, formation code, position, category, quota, formation id, attendance, TWK, TIU, TKP,
     * SKD code, rank, tie break, SKD100, SKB100, final score, final code, rank, tie break, placed formation,
     * then the period's seven thresholds as in {@code PassingThresholds.of}.
     */
    public <T> T explained(String registrationNumber, RowReader<T> row) {
        return query(EXPLAINED, row, registrationNumber).orElseThrow();
    }

    /** The last P/L of a formation; columns: rank, SKD total, TWK, TIU, TKP. */
    public <T> Optional<T> lastProceeding(long formationId, RowReader<T> row) {
        return query(LAST_PROCEEDING, row, formationId, SkdCode.PROCEEDS.label());
    }

    /** The last L of a formation; columns: rank, final score, then three nulls (as {@link #lastProceeding}). */
    public <T> Optional<T> lastPassed(long formationId, RowReader<T> row) {
        return query(LAST_PASSED, row, formationId, FinalCode.PASSED.label());
    }

    /** Whether anyone of the period proceeded from SKD, the input of the final ranking. */
    public boolean anyProceeded(long periodId) {
        return query(ANY_PROCEEDED, rs -> rs.getBoolean(1), periodId, SkdCode.PROCEEDS.label()).orElseThrow();
    }

    /** Formations of the period with fewer passed (L) than seats, which the optimisation may fill (§1.7). */
    public static Set<Long> formationsWithEmptySeats(Connection c, long periodId) throws SQLException {
        Set<Long> found = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(WITH_EMPTY_SEATS)) {
            select.setString(1, FinalCode.PASSED.label());
            select.setLong(2, periodId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
        }
        return found;
    }

    /** Deletes the period's results in the formations for applications not among {@code kept}. */
    public static void removeStale(Connection c, Table table, long periodId, List<Long> formationIds, List<Long> kept)
            throws SQLException {
        try (PreparedStatement stale = c.prepareStatement("DELETE FROM " + table.name + " WHERE period_id = ?"
                + " AND formation_id = ANY (?::bigint[]) AND NOT (application_id = ANY (?::bigint[]))")) {
            stale.setLong(1, periodId);
            stale.setArray(2, c.createArrayOf("bigint", formationIds.toArray()));
            stale.setArray(3, c.createArrayOf("bigint", kept.toArray()));
            stale.executeUpdate();
        }
    }

    /**
     * Inserts the SKD outcomes, each in the formation at the same index, or updates those that changed;
     * an unchanged result is not written again.
     */
    public static void upsertSkd(Connection c, long periodId, long jobExecutionId, List<Long> formationIds,
            List<SkdOutcome> outcomes) throws SQLException {
        upsert(c, UPSERT_SKD, periodId, jobExecutionId, formationIds, outcomes, (insert, scored) -> {
        });
    }

    /**
     * Inserts the final outcomes, each in the formation at the same index, or updates those that changed;
     * a changed one loses its placement, which the optimisation makes afresh.
     */
    public static void upsertFinal(Connection c, long periodId, long jobExecutionId, List<Long> formationIds,
            List<FinalOutcome> outcomes) throws SQLException {
        upsert(c, UPSERT_FINAL, periodId, jobExecutionId, formationIds, outcomes, (insert, scored) -> {
            insert.setArray(8, column(c, "numeric", scored, FinalOutcome::skd100));
            insert.setArray(9, column(c, "numeric", scored, FinalOutcome::skb100));
            insert.setArray(10, column(c, "numeric", scored, FinalOutcome::finalScore));
        });
    }

    /** Binds what both tables store (parameters 1 to 7) and lets {@code more} bind a table's own columns. */
    private static <O extends RankedOutcome> void upsert(Connection c, String sql, long periodId, long jobExecutionId,
            List<Long> formationIds, List<O> outcomes, ColumnBinder<O> more) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setLong(1, periodId);
            insert.setLong(2, jobExecutionId);
            insert.setArray(3, column(c, "bigint", outcomes, RankedOutcome::applicationId));
            insert.setArray(4, c.createArrayOf("bigint", formationIds.toArray()));
            insert.setArray(5, column(c, "text", outcomes, o -> o.code().label()));
            insert.setArray(6, column(c, "integer", outcomes, RankedOutcome::rank));
            insert.setArray(7, column(c, "text", outcomes, o -> tieBreak(o.tieBreak())));
            more.bind(insert, outcomes);
            insert.executeUpdate();
        }
    }

    /** Binds the columns only one result table has. */
    private interface ColumnBinder<O> {
        void bind(PreparedStatement insert, List<O> outcomes) throws SQLException;
    }

    /** Records the placements: the applicant keeps their own formation and is given the seat of another. */
    public static void place(Connection c, List<Placement> placements) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(PLACE)) {
            update.setArray(1, column(c, "bigint", placements, Placement::applicationId));
            update.setArray(2, column(c, "text", placements, p -> p.code().label()));
            update.setArray(3, column(c, "bigint", placements, Placement::formationId));
            update.executeUpdate();
        }
    }

    /** The period's results in the table, digested for the audit trail of a ranking. */
    public static Digest digest(Connection c, Table table, long periodId) throws SQLException {
        try (PreparedStatement digest = c.prepareStatement("SELECT count(*), encode(sha256(convert_to(coalesce("
                + "string_agg(" + table.canonical + ", E'\\n' ORDER BY application_id), ''), 'UTF8')), 'hex')"
                + " FROM " + table.name + " WHERE period_id = ?")) {
            digest.setLong(1, periodId);
            try (ResultSet rs = digest.executeQuery()) {
                rs.next();
                return new Digest(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static String tieBreak(TieBreak tieBreak) {
        return tieBreak == null ? null : tieBreak.name();
    }

    private static <R> java.sql.Array column(Connection c, String type, List<R> rows, Function<R, Object> value)
            throws SQLException {
        return c.createArrayOf(type, rows.stream().map(value).toArray());
    }

    private <T> Page<T> list(String sql, long periodId, String formation, PageRequest request, RowReader<T> row) {
        List<T> items = new ArrayList<>();
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, periodId);
            select.setString(2, formation);
            select.setString(3, formation);
            select.setInt(4, request.offset());
            select.setInt(5, request.size());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(row.read(rs));
                    total = rs.getLong(rs.getMetaData().getColumnCount());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The first row of a query with the given parameters, if any. */
    private <T> Optional<T> query(String sql, RowReader<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
