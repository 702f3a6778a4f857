package id.sofifi.asn.platform.persistence;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the writers that stage a chunk and then write it into a table the same job is filling (score imports, ranking
 * results): every statement of the transaction is planned with the table's size at that moment. A plan cached
 * while the table was nearly empty scans it for every probe as it grows (seen: a first import of 1,000,000 scores in
 * 113 s instead of 11 s, docs/benchmarks.md "Issue 14, second pass"); planning a chunk's few statements costs
 * nothing beside their work.
 */
public final class FreshPlans {
    private FreshPlans() {
    }

    /** Until the transaction of {@code statement}'s connection ends. */
    public static void forThisTransaction(Statement statement) throws SQLException {
        statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }
}
