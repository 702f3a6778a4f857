package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.recruitment.application.ThresholdsView;
import id.sofifi.asn.recruitment.domain.PassingThresholds;

/**
 * {@code {"general":{"twk":65,"tiu":80,"tkp":166},"cumlaude":{"total":311,"tiu":85},
 * "affirmative":{"total":286,"tiu":60}}}, as read and as answered.
 */
public record ThresholdsJson(General general, Group cumlaude, Group affirmative) {

    /** Umum and Kalimantan: each subtest on its own. */
    public record General(Integer twk, Integer tiu, Integer tkp) {
    }

    /** Cumlaude/diaspora and the affirmative categories: a total and a TIU minimum. */
    public record Group(Integer total, Integer tiu) {
    }

    static ThresholdsJson of(ThresholdsView t) {
        return new ThresholdsJson(new General(t.generalTwk(), t.generalTiu(), t.generalTkp()),
                new Group(t.cumlaudeTotal(), t.cumlaudeTiu()), new Group(t.affirmativeTotal(), t.affirmativeTiu()));
    }

    PassingThresholds toDomain() {
        General g = general == null ? new General(null, null, null) : general;
        Group c = cumlaude == null ? new Group(null, null) : cumlaude;
        Group a = affirmative == null ? new Group(null, null) : affirmative;
        return PassingThresholds.of(g.twk(), g.tiu(), g.tkp(), c.total(), c.tiu(), a.total(), a.tiu());
    }
}
