package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ModerationAct;
import id.sofifi.asn.oversight.domain.ModerationAction;
import java.time.Instant;

/** One line of the public moderation log. */
public record ModerationView(long postId, ModerationAction action, String reason, String actor, Instant at) {
    static ModerationView of(ModerationAct act) {
        return new ModerationView(act.postId(), act.action(), act.reason(), act.actor(), act.actedAt());
    }
}
