package id.sofifi.asn.recruitment.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.PassingThresholds;

/** The SKD passing thresholds of a period, group by group (ASN-RULES.md §1.4). */
public record ThresholdsView(int generalTwk, int generalTiu, int generalTkp, int cumlaudeTotal, int cumlaudeTiu,
        int affirmativeTotal, int affirmativeTiu) implements Serializable {

    static ThresholdsView of(PassingThresholds t) {
        return new ThresholdsView(t.generalTwk(), t.generalTiu(), t.generalTkp(), t.cumlaudeTotal(), t.cumlaudeTiu(),
                t.affirmativeTotal(), t.affirmativeTiu());
    }
}
