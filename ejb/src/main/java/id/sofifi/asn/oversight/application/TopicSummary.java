package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ForumTopic;
import id.sofifi.asn.oversight.domain.TopicStatus;
import java.time.Instant;

/** A topic in the public list, with how many accounts support it. */
public record TopicSummary(long id, String workUnitCode, String title, TopicStatus status, long supports,
        Instant createdAt) {
    static TopicSummary of(ForumTopic topic, long supports) {
        return new TopicSummary(topic.id(), topic.workUnitCode(), topic.title(), topic.status(), supports,
                topic.createdAt());
    }
}
