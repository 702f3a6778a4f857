package id.sofifi.asn.performance.domain;

import static id.sofifi.asn.performance.domain.Predicate.BAIK;
import static id.sofifi.asn.performance.domain.Predicate.BUTUH_PERBAIKAN;
import static id.sofifi.asn.performance.domain.Predicate.KURANG;
import static id.sofifi.asn.performance.domain.Predicate.SANGAT_BAIK;
import static id.sofifi.asn.performance.domain.Predicate.SANGAT_KURANG;

import java.util.Arrays;
import java.util.Objects;

/**
 * The 3×3 table of ASN-RULES §2 from the two ratings to the predicate ([M, P]: kept as one table, so another agency's
 * table is another instance, not other code). Rows are the behaviour rating, columns the results rating, each in the
 * order of the rules' table: Di Atas, Sesuai, Di Bawah for behaviour; Di Bawah, Sesuai, Di Atas for results.
 */
public final class PredicateMatrix {
    // before STANDARD, whose construction reads them
    private static final Rating[] ROWS = {Rating.ABOVE, Rating.AS_EXPECTED, Rating.BELOW};
    private static final Rating[] COLUMNS = {Rating.BELOW, Rating.AS_EXPECTED, Rating.ABOVE};

    /** PermenPANRB 6/2022, exactly as the table of §2 reads. */
    public static final PredicateMatrix STANDARD = new PredicateMatrix(new Predicate[][]{
            // results: BELOW, AS_EXPECTED, ABOVE
            {BUTUH_PERBAIKAN, BAIK, SANGAT_BAIK}, // behaviour ABOVE
            {BUTUH_PERBAIKAN, BAIK, BAIK}, // behaviour AS_EXPECTED
            {SANGAT_KURANG, KURANG, KURANG}}); // behaviour BELOW

    private final Predicate[][] table;

    /** @param table three rows (behaviour Di Atas, Sesuai, Di Bawah) of three predicates (results Di Bawah, Sesuai, Di Atas) */
    public PredicateMatrix(Predicate[][] table) {
        if (table.length != ROWS.length || Arrays.stream(table)
                .anyMatch(row -> row.length != COLUMNS.length || Arrays.stream(row).anyMatch(Objects::isNull))) {
            throw new IllegalArgumentException("a predicate matrix is 3×3 without gaps");
        }
        this.table = Arrays.stream(table).map(Predicate[]::clone).toArray(Predicate[][]::new);
    }

    public Predicate predicate(Rating results, Rating behaviour) {
        return table[index(ROWS, behaviour)][index(COLUMNS, results)];
    }

    private static int index(Rating[] order, Rating rating) {
        return Arrays.asList(order).indexOf(Objects.requireNonNull(rating, "rating"));
    }
}
