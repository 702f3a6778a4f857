package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.application.AnnouncementEntryView;

/** One announced line; {@code previousHash} only where one entry is asked for. Never a NIK. */
public record EntryJson(int seq, String registrationNumber, String name, String formationCode, String code,
        String entryHash, String previousHash) {

    static EntryJson inList(AnnouncementEntryView e) {
        return new EntryJson(e.seq(), e.registrationNumber(), e.name(), e.formationCode(), e.code(), e.entryHash(),
                null);
    }

    static EntryJson single(AnnouncementEntryView e) {
        return new EntryJson(e.seq(), e.registrationNumber(), e.name(), e.formationCode(), e.code(), e.entryHash(),
                e.previousHash());
    }
}
