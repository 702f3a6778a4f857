package id.sofifi.asn.selection.application;

import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.AnnouncementEntry;

/** One published line: what the public may see (never the NIK) and the two hashes that chain it. */
public record AnnouncementEntryView(long announcementId, int seq, String registrationNumber, String name,
        String formationCode, String code, String previousHash, String entryHash) {

    static AnnouncementEntryView of(AnnouncementEntry e) {
        return new AnnouncementEntryView(e.announcementId(), e.seq(), e.registrationNumber(), e.fullName(),
                e.formationCode(), e.code(), e.previousHash(), e.entryHash());
    }

    static AnnouncementEntryView of(long announcementId, AnnouncementChain.Link l) {
        return new AnnouncementEntryView(announcementId, l.seq(), l.registrationNumber(), l.name(), l.formationCode(),
                l.code(), l.previousHash(), l.entryHash());
    }
}
