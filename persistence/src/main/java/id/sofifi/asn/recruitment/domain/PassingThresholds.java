package id.sofifi.asn.recruitment.domain;

import java.io.Serializable;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * Nilai ambang batas SKD of one selection period (ASN-RULES.md §1.4). They change by decree every
 * year, so they are data of the period, seeded with the 2024 values (KepmenPANRB 321/2024).
 */
@Embeddable
public class PassingThresholds {
    @Column(name = "general_twk", nullable = false)
    private int generalTwk;

    @Column(name = "general_tiu", nullable = false)
    private int generalTiu;

    @Column(name = "general_tkp", nullable = false)
    private int generalTkp;

    @Column(name = "cumlaude_total", nullable = false)
    private int cumlaudeTotal;

    @Column(name = "cumlaude_tiu", nullable = false)
    private int cumlaudeTiu;

    @Column(name = "affirmative_total", nullable = false)
    private int affirmativeTotal;

    @Column(name = "affirmative_tiu", nullable = false)
    private int affirmativeTiu;

    protected PassingThresholds() {
    }

    /**
     * Builds thresholds after checking every value lies within what a subtest can score; each
     * argument may be null (reported as missing) because it comes straight from a form or a body.
     */
    public static PassingThresholds of(Integer generalTwk, Integer generalTiu, Integer generalTkp,
            Integer cumlaudeTotal, Integer cumlaudeTiu, Integer affirmativeTotal, Integer affirmativeTiu) {
        new Violations().range(generalTwk, "general.twk", 0, SkdMaxima.TWK)
                .range(generalTiu, "general.tiu", 0, SkdMaxima.TIU).range(generalTkp, "general.tkp", 0, SkdMaxima.TKP)
                .range(cumlaudeTotal, "cumlaude.total", 0, SkdMaxima.TOTAL)
                .range(cumlaudeTiu, "cumlaude.tiu", 0, SkdMaxima.TIU)
                .range(affirmativeTotal, "affirmative.total", 0, SkdMaxima.TOTAL)
                .range(affirmativeTiu, "affirmative.tiu", 0, SkdMaxima.TIU).throwIfAny();
        PassingThresholds t = new PassingThresholds();
        t.generalTwk = generalTwk;
        t.generalTiu = generalTiu;
        t.generalTkp = generalTkp;
        t.cumlaudeTotal = cumlaudeTotal;
        t.cumlaudeTiu = cumlaudeTiu;
        t.affirmativeTotal = affirmativeTotal;
        t.affirmativeTiu = affirmativeTiu;
        return t;
    }

    /** The TA 2024 values of ASN-RULES.md §1.4. */
    public static PassingThresholds defaults2024() {
        return of(65, 80, 166, 311, 85, 286, 60);
    }

    /** Whether SKD subtest scores meet the thresholds of a category; a score equal to a threshold passes. */
    public boolean passes(FormationCategory category, int twk, int tiu, int tkp) {
        return checks(category, twk, tiu, tkp).stream().allMatch(ThresholdCheck::met);
    }

    /** Each threshold the category is judged by, with the applicant's score against it: the explanation of a TL. */
    public List<ThresholdCheck> checks(FormationCategory category, int twk, int tiu, int tkp) {
        int total = twk + tiu + tkp;
        return switch (category.thresholdGroup()) {
            case GENERAL -> List.of(new ThresholdCheck("TWK", generalTwk, twk),
                    new ThresholdCheck("TIU", generalTiu, tiu), new ThresholdCheck("TKP", generalTkp, tkp));
            case CUMLAUDE ->
                List.of(new ThresholdCheck("TOTAL", cumlaudeTotal, total), new ThresholdCheck("TIU", cumlaudeTiu, tiu));
            case AFFIRMATIVE -> List.of(new ThresholdCheck("TOTAL", affirmativeTotal, total),
                    new ThresholdCheck("TIU", affirmativeTiu, tiu));
        };
    }

    /** One threshold against one score. */
    public record ThresholdCheck(String subtest, int required, int actual) implements Serializable {
        public boolean met() {
            return actual >= required;
        }
    }

    public int generalTwk() {
        return generalTwk;
    }

    public int generalTiu() {
        return generalTiu;
    }

    public int generalTkp() {
        return generalTkp;
    }

    public int cumlaudeTotal() {
        return cumlaudeTotal;
    }

    public int cumlaudeTiu() {
        return cumlaudeTiu;
    }

    public int affirmativeTotal() {
        return affirmativeTotal;
    }

    public int affirmativeTiu() {
        return affirmativeTiu;
    }

    @Override
    public String toString() {
        return "general{twk=" + generalTwk + ",tiu=" + generalTiu + ",tkp=" + generalTkp + "} cumlaude{total="
                + cumlaudeTotal + ",tiu=" + cumlaudeTiu + "} affirmative{total=" + affirmativeTotal + ",tiu="
                + affirmativeTiu + "}";
    }
}
