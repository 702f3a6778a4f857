package id.sofifi.asn.selection.application;

import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.AnnouncementRepository;
import java.time.Instant;

/** A chain check, the stored head it was computed from, and when: a repeated answer keeps its time. */
public record CheckedChain(AnnouncementChain.ChainCheck check, AnnouncementRepository.StoredHead head,
        Instant computedAt) {
}
