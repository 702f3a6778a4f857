package id.sofifi.asn.recruitment.domain;

/** Highest possible SKD subtest scores (ASN-RULES.md §1.3): TWK 30×5, TIU 35×5, TKP 45×5. */
public final class SkdMaxima {
    public static final int TWK = 150;
    public static final int TIU = 175;
    public static final int TKP = 225;
    public static final int TOTAL = TWK + TIU + TKP;

    private SkdMaxima() {
    }
}
