package id.sofifi.asn.selection.domain;

import id.sofifi.asn.platform.persistence.CopyText;
import id.sofifi.asn.platform.persistence.FreshPlans;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
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
    private static final String PLACE = "UPDATE final_result r SET code = u.code, placed_formation_id = u.formation"
            + " FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(id, code,"
            + " formation) WHERE r.application_id = u.id";

    /**
     * The two result tables, with the canonical form of a row the ranking audit digests, the columns only one
     * of them has, and the column a ranking clears (the final ranking's placement, which its optimisation step
     * makes afresh).
     */
    public enum Table {
        SKD("skd_result", ResultCodeOrder.SKD, "concat_ws('|', application_id, code, rank, tie_break)", List.of(),
                null), FINAL("final_result", ResultCodeOrder.FINAL,
                        "concat_ws('|', application_id, code, rank, tie_break, skd100, skb100, final_score,"
                                + " placed_formation_id)",
                        List.of("skd100", "skb100", "final_score"), "placed_formation_id");

        private final String name;
        private final ResultCodeOrder order;
        private final String canonical;
        /** What a ranking writes besides the application: the columns compared to find what changed. */
        private final List<String> ranked;
        private final String cleared;

        Table(String name, ResultCodeOrder order, String canonical, List<String> scores, String cleared) {
            this.name = name;
            this.order = order;
            this.canonical = canonical;
            this.ranked = new ArrayList<>(List.of("formation_id", "code", "rank", "tie_break"));
            this.ranked.addAll(scores);
            this.cleared = cleared;
        }

        /** The table a ranking job names in its job XML. */
        public static Table named(String name) {
            return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown result table " + name));
        }

        private String staging() {
            return name + "_staging";
        }

        private String stagedColumns() {
            return "application_id, " + String.join(", ", ranked);
        }

        /** The columns compared, prefixed {@code r.}, and what they are compared with. */
        private String changed() {
            List<String> stored = new ArrayList<>(List.of("r.period_id"));
            List<String> staged = new ArrayList<>(List.of("?"));
            ranked.forEach(column -> {
                stored.add("r." + column);
                staged.add("s." + column);
            });
            if (cleared != null) {
                stored.add("r." + cleared);
                staged.add("NULL::bigint");
            }
            return "(" + String.join(", ", stored) + ") IS DISTINCT FROM (" + String.join(", ", staged) + ")";
        }

        /**
         * Parameters: period id, formation ids (array), period id, job execution, period id. Deletes the
         * results in the formations of applications not staged, then writes staged results that are new or
         * changed (an unchanged one is only read, neither written nor locked); answers the two counts. A new
         * result is a plain insert (cheaper than {@code ON CONFLICT}'s speculative one; only the partition of
         * the application's formation stages it, so no one else inserts it); a changed one goes through
         * {@code ON CONFLICT DO UPDATE}, which still writes it if a chunk of another formation deleted it
         * meanwhile (an application moved between formations).
         */
        private String write() {
            String columns = "application_id, period_id, " + String.join(", ", ranked) + ", job_execution_id";
            String set = ranked.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                    + (cleared == null ? "" : ", " + cleared + " = NULL");
            return "WITH gone AS (DELETE FROM " + name + " r WHERE r.period_id = ? AND r.formation_id = ANY (?)"
                    + " AND NOT EXISTS (SELECT 1 FROM " + staging() + " s WHERE s.application_id = r.application_id)"
                    + " RETURNING 1), staged AS MATERIALIZED (SELECT s.application_id, ?::bigint AS period_id, "
                    + ranked.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
                    + ", ?::bigint AS job_execution_id, r.application_id IS NOT NULL AS known FROM " + staging() + " s"
                    // LATERAL with LIMIT: one index probe per staged row; a join may hash the whole table per chunk
                    + " LEFT JOIN LATERAL (SELECT * FROM " + name + " WHERE application_id = s.application_id"
                    + " LIMIT 1) r ON true WHERE " + changed() + "), added AS (INSERT INTO " + name + " (" + columns
                    + ") SELECT " + columns + " FROM staged WHERE NOT known RETURNING 1), changed AS (INSERT INTO "
                    + name + " (" + columns + ") SELECT " + columns + " FROM staged WHERE known"
                    + " ON CONFLICT (application_id) DO UPDATE SET period_id = EXCLUDED.period_id, " + set
                    + ", job_execution_id = EXCLUDED.job_execution_id RETURNING 1)"
                    + " SELECT (SELECT count(*) FROM added) + (SELECT count(*) FROM changed),"
                    + " (SELECT count(*) FROM gone)";
        }
    }

    /** Maps the current row of a result set. */
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A candidate given an empty seat of another formation (§1.7): the code says which kind of seat. */
    public record Placement(long applicationId, FinalCode code, long formationId) {
    }

    /**
     * How many results a period has in a table, how many of them the given job execution wrote (inserted or
     * changed; an unchanged result keeps the execution that wrote it), and the SHA-256 (hex) over all of them in
     * application order.
     */
    public record Digest(long count, long written, String sha256) {
    }

    /** What writing the results of some formations did: results inserted or changed, and results removed. */
    public record Written(long written, long removed) {
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

    /**
     * Makes the SKD results of the {@code replaced} formations what the outcomes say, each outcome in the
     * formation at the same index of {@code formationIds}: see {@link #write}.
     */
    public static Written writeSkd(Connection c, long periodId, long jobExecutionId, List<Long> replaced,
            List<Long> formationIds, List<SkdOutcome> outcomes) throws SQLException {
        return write(c, Table.SKD, periodId, jobExecutionId, replaced, formationIds, outcomes, o -> List.of());
    }

    /**
     * Makes the final results of the {@code replaced} formations what the outcomes say (see {@link #write});
     * a changed or placed result loses its placement, which the optimisation makes afresh.
     */
    public static Written writeFinal(Connection c, long periodId, long jobExecutionId, List<Long> replaced,
            List<Long> formationIds, List<FinalOutcome> outcomes) throws SQLException {
        return write(c, Table.FINAL, periodId, jobExecutionId, replaced, formationIds, outcomes,
                o -> Arrays.asList(plain(o.skd100()), plain(o.skb100()), plain(o.finalScore())));
    }

    /**
     * Streams the outcomes by COPY into a staging table of the connection's session, emptied when the
     * transaction commits, then one statement removes the results of the formations' applications that are
     * no longer there and inserts or updates only what changed: re-running a ranking on unchanged input
     * reads the results and writes nothing.
     *
     * @param scores the values of the columns only this table has, in its order
     */
    private static <O extends RankedOutcome> Written write(Connection c, Table table, long periodId,
            long jobExecutionId, List<Long> replaced, List<Long> formationIds, List<O> outcomes,
            Function<O, List<Object>> scores) throws SQLException {
        if (c.getAutoCommit()) {
            // each statement would commit on its own and empty the staging table before it is read
            throw new IllegalStateException("Results are written inside a transaction");
        }
        try (Statement create = c.createStatement()) {
            create.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + table.staging() + " ON COMMIT DELETE ROWS AS"
                    + " SELECT " + table.stagedColumns() + " FROM " + table.name + " WITH NO DATA");
            // a temporary table has no statistics: with its key the anti-join of the delete is a probe per row
            // whatever the plan, instead of a scan of the staged rows per stored row (seen: 37 s instead of 2 s)
            create.execute("CREATE UNIQUE INDEX IF NOT EXISTS " + table.staging() + "_key ON " + table.staging()
                    + " (application_id)");
            FreshPlans.forThisTransaction(create);
        }
        CopyText rows = new CopyText();
        for (int i = 0; i < outcomes.size(); i++) {
            O o = outcomes.get(i);
            List<Object> fields = new ArrayList<>(Arrays.asList(o.applicationId(), formationIds.get(i),
                    o.code().label(), o.rank(), tieBreak(o.tieBreak())));
            fields.addAll(scores.apply(o));
            rows.row(fields.toArray());
        }
        rows.copyInto(c, table.staging() + " (" + table.stagedColumns() + ")");
        try (PreparedStatement write = c.prepareStatement(table.write())) {
            write.setLong(1, periodId);
            write.setArray(2, c.createArrayOf("bigint", replaced.toArray()));
            write.setLong(3, periodId);
            write.setLong(4, jobExecutionId);
            write.setLong(5, periodId);
            try (ResultSet rs = write.executeQuery()) {
                rs.next();
                return new Written(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
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

    /** The period's results in the table, digested for the audit trail of a ranking by the given execution. */
    public static Digest digest(Connection c, Table table, long periodId, long jobExecutionId) throws SQLException {
        try (PreparedStatement digest = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE job_execution_id"
                + " = ?), encode(sha256(convert_to(coalesce(string_agg(" + table.canonical
                + ", E'\\n' ORDER BY application_id), ''), 'UTF8')), 'hex') FROM " + table.name
                + " WHERE period_id = ?")) {
            digest.setLong(1, jobExecutionId);
            digest.setLong(2, periodId);
            try (ResultSet rs = digest.executeQuery()) {
                rs.next();
                return new Digest(rs.getLong(1), rs.getLong(2), rs.getString(3));
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
