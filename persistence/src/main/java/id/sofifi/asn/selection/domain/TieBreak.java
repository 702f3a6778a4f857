package id.sofifi.asn.selection.domain;

/**
 * The key that put a candidate below the one ranked just above it (ASN-RULES.md §1.5, §1.6), so an
 * announcement can explain an order that the total alone does not. {@link #NONE} means equal on
 * every key: the two share a rank. The first of a formation has no tie-break ({@code null}).
 */
public enum TieBreak {
    FINAL_SCORE, SKD_TOTAL, TKP, TIU, TWK, GPA, AGE, NONE
}
