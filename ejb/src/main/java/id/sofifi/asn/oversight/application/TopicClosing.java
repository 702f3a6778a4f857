package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ForumTopic;
import java.time.Instant;

/** Why, by whom and when a topic was closed. */
public record TopicClosing(String reason, String closedBy, Instant closedAt) {
    /** The topic's closing, or null while it is not closed. */
    static TopicClosing of(ForumTopic topic) {
        return topic.closedAt() == null
                ? null
                : new TopicClosing(topic.closedReason(), topic.closedBy(), topic.closedAt());
    }
}
