package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.domain.AnnouncementChain;

/** {@code {"valid":true,"entries":N,"headHash":…}} or {@code {"valid":false,"firstBrokenSeq":57}}. */
public record VerificationJson(boolean valid, Integer entries, String headHash, Integer firstBrokenSeq) {

    static VerificationJson of(AnnouncementChain.Verification v) {
        return v.valid()
                ? new VerificationJson(true, v.entries(), v.headHash(), null)
                : new VerificationJson(false, null, null, v.firstBrokenSeq());
    }
}
