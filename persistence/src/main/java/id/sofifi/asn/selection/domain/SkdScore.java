package id.sofifi.asn.selection.domain;

import id.sofifi.asn.kernel.Violation;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.SkdMaxima;
import java.util.List;

/**
 * One applicant's SKD subtest scores (ASN-RULES.md §1.3): TWK and TIU are counted in fives (5 per
 * correct answer), TKP is 1–5 per item, so only those values can come out of CAT BKN.
 */
public record SkdScore(int twk, int tiu, int tkp) {
    private static final int POINTS_PER_CORRECT_ANSWER = 5;

    public SkdScore {
        violations(twk, tiu, tkp).throwIfAny();
    }

    /** Builds a score from an import row or a form, where a value may be missing. */
    public static SkdScore of(Integer twk, Integer tiu, Integer tkp) {
        violations(twk, tiu, tkp).throwIfAny();
        return new SkdScore(twk, tiu, tkp);
    }

    /** What is wrong with a row, without throwing: the import reports a bad row and goes on. */
    public static List<Violation> check(Integer twk, Integer tiu, Integer tkp) {
        return violations(twk, tiu, tkp).found();
    }

    public int total() {
        return twk + tiu + tkp;
    }

    private static Violations violations(Integer twk, Integer tiu, Integer tkp) {
        Violations v = new Violations();
        countedInFives(v, twk, "twk", SkdMaxima.TWK);
        countedInFives(v, tiu, "tiu", SkdMaxima.TIU);
        return v.range(tkp, "tkp", 0, SkdMaxima.TKP);
    }

    private static void countedInFives(Violations v, Integer score, String field, int max) {
        // A field already refused as missing or out of range keeps that reason (Violations.check).
        v.range(score, field, 0, max).check(score == null || score % POINTS_PER_CORRECT_ANSWER == 0, field,
                "skd.multipleOfFive", max);
    }

    /** The record's own form, written out for speed: see {@link ImportedSkdScore#toString()}. */
    @Override
    public String toString() {
        return "SkdScore[twk=" + twk + ", tiu=" + tiu + ", tkp=" + tkp + "]";
    }
}
