package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.domain.AnnouncementChain;

/** {@code {"valid":true,"entries":N,"headHash":…}} or {@code {"valid":false,"firstBrokenSeq":57}}. */
public record ChainCheckJson(boolean valid, Integer entries, String headHash, Integer firstBrokenSeq) {

    static ChainCheckJson of(AnnouncementChain.ChainCheck v) {
        return v.valid()
                ? new ChainCheckJson(true, v.entries(), v.headHash(), null)
                : new ChainCheckJson(false, null, null, v.firstBrokenSeq());
    }
}
