package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.Violations;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an evaluating official gives for a period: the work results rating, the behaviour rating — the official's
 * overall judgement of behaviour against the seven BerAKHLAK values — with a note per value where they wrote one, and
 * the written feedback (umpan balik). Notes and feedback are optional for an imported assessment.
 *
 * @param behaviourNotes a note per BerAKHLAK value; values without a note are absent
 */
public record Ratings(Rating results, Rating behaviour, Map<BerakhlakValue, String> behaviourNotes, String feedback) {
    static final int NOTE_MAX = 1000;
    static final int FEEDBACK_MAX = 4000;

    public Ratings {
        Map<BerakhlakValue, String> notes = new EnumMap<>(BerakhlakValue.class);
        if (behaviourNotes != null) {
            behaviourNotes.forEach((value, note) -> {
                if (note != null && !note.isBlank()) {
                    notes.put(value, note.strip());
                }
            });
        }
        behaviourNotes = Map.copyOf(notes);
        feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
    }

    /** Just the two ratings, as an import gives them. */
    public static Ratings of(Rating results, Rating behaviour) {
        return new Ratings(results, behaviour, Map.of(), null);
    }

    /** The predicate the §2 matrix gives these ratings. */
    public Predicate predicate() {
        return Predicate.of(results, behaviour);
    }

    void check(Violations v) {
        v.require(results, "results");
        v.require(behaviour, "behaviour");
        behaviourNotes.forEach((value, note) -> v.check(note.length() <= NOTE_MAX, "behaviourNotes." + value,
                "validation.length", 1, NOTE_MAX));
        v.check(feedback == null || feedback.length() <= FEEDBACK_MAX, "feedback", "validation.length", 1,
                FEEDBACK_MAX);
    }
}
