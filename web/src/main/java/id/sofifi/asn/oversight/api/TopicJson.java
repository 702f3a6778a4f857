package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.TopicSummary;
import id.sofifi.asn.platform.api.WitTime;

/** A topic in the list: {@code workUnitCode}, {@code status}, {@code supports}. */
public record TopicJson(long id, String workUnitCode, String title, String status, long supports, String createdAt) {
    static TopicJson of(TopicSummary t) {
        return new TopicJson(t.id(), t.workUnitCode(), t.title(), t.status().name(), t.supports(),
                WitTime.iso(t.createdAt()));
    }
}
