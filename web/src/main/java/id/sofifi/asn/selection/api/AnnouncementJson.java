package id.sofifi.asn.selection.api;

import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.selection.application.AnnouncementSummary;

/** An announcement in API answers; who prepared and approved it is for staff screens and the audit trail. */
public record AnnouncementJson(long id, String period, String stage, String status, Long corrects, Long correctedBy,
        String publishedAt, int entries, String headHash) {

    static AnnouncementJson of(AnnouncementSummary a) {
        return new AnnouncementJson(a.id(), a.periodCode(), a.stage().name(), a.status().name(), a.correctsId(),
                a.correctedById(), a.publishedAt() == null ? null : WitTime.iso(a.publishedAt()), a.entryCount(),
                a.headHash());
    }
}
