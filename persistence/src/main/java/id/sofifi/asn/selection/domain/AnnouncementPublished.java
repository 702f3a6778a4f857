package id.sofifi.asn.selection.domain;

import java.time.Instant;

/**
 * Published language of selection: an announcement was approved and is public. Fired inside the
 * approving transaction, so an observer that must be atomic with the publication (recruitment opening
 * the objection window after the ADMINISTRATION announcement; later workforce appointing from the
 * FINAL one) observes it plainly, and one that must only see a committed publication observes it
 * {@code during = TransactionPhase.AFTER_SUCCESS}. Carries ids and codes only, never entities.
 *
 * @param correctsId the announcement this one corrects, or null for the first announcement of its stage
 */
public record AnnouncementPublished(long announcementId, long periodId, String periodCode, AnnouncementStage stage,
        Long correctsId, Instant publishedAt) {

    public boolean isCorrection() { return correctsId != null; }
}
