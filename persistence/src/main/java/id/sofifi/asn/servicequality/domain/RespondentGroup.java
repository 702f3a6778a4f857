package id.sofifi.asn.servicequality.domain;

import java.util.Optional;

/**
 * One group of a demographic breakdown of the results (by sex, age band, education or occupation; issue 11: "only
 * where a group has at least 5 respondents, so no answer can be traced to a person"). A group of fewer than
 * {@link #MINIMUM_RESPONDENTS} shows neither its index nor even its number of respondents, only that it is small.
 *
 * @param group the enum name of the group, or null for respondents who did not tell
 */
public record RespondentGroup(String group, long respondents, IkmIndex index) {
    public static final int MINIMUM_RESPONDENTS = 5;

    /** The group's figures from its tally: shown from five respondents, withheld below. */
    public static RespondentGroup of(String group, IkmTally tally) {
        boolean shown = tally.respondents() >= MINIMUM_RESPONDENTS;
        return new RespondentGroup(group, shown ? tally.respondents() : 0, shown ? IkmIndex.of(tally) : null);
    }

    /** Whether the group is large enough to be shown. */
    public boolean disclosed() {
        return index != null;
    }

    /** The group's index, empty when withheld. */
    public Optional<IkmIndex> shownIndex() {
        return Optional.ofNullable(index);
    }
}
