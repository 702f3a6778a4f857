package id.sofifi.asn.performance.domain;

/**
 * Predikat kinerja (kuadran kinerja, ASN-RULES §2), best first. {@link #KURANG} is the rules' "Kurang/Misconduct".
 * Always derived from the two ratings by a {@link PredicateMatrix}, never typed in.
 */
public enum Predicate {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** The predicate of the two ratings by the matrix of PermenPANRB 6/2022 ({@link PredicateMatrix#STANDARD}). */
    public static Predicate of(Rating results, Rating behaviour) {
        return PredicateMatrix.STANDARD.predicate(results, behaviour);
    }
}
