package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.DuplicateSuggestion;
import id.sofifi.asn.platform.api.WitTime;

/** A possible duplicate: {@code {"trackingCode","title","status","receivedAt","similarityPercent"}}. */
public record DuplicateJson(String trackingCode, String title, String status, String receivedAt,
        int similarityPercent) {
    static DuplicateJson of(DuplicateSuggestion s) {
        return new DuplicateJson(s.trackingCode(), s.title(), s.status().name(), WitTime.iso(s.receivedAt()),
                s.similarityPercent());
    }
}
