package id.sofifi.asn.selection.application;

import java.io.Serializable;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.selection.domain.Announcement;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import id.sofifi.asn.selection.domain.AnnouncementStatus;
import java.time.Instant;

/** An announcement as screens and the API show it; {@code correctedById} names a published correction of it. */
public record AnnouncementSummary(long id, String periodCode, String periodName, AnnouncementStage stage,
        AnnouncementStatus status, Long correctsId, Long correctedById, String preparedBy, Instant preparedAt,
        String approvedBy, Instant publishedAt, int entryCount, String headHash) implements Serializable {

    static AnnouncementSummary of(Announcement a, SelectionPeriod period, Long correctedById) {
        return new AnnouncementSummary(a.id(), period.code(), period.name(), a.stage(), a.status(),
                a.corrects() == null ? null : a.corrects().id(), correctedById, a.preparedBy(), a.preparedAt(),
                a.approvedBy(), a.publishedAt(), a.entryCount(), a.headHash());
    }

    public boolean published() {
        return status == AnnouncementStatus.PUBLISHED;
    }
}
