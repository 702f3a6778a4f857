package id.sofifi.asn.selection.api;

import id.sofifi.asn.selection.application.CheckedChain;
import id.sofifi.asn.selection.domain.AnnouncementChain;
import java.time.Instant;

/**
 * {@code {"valid":true,"entries":N,"headHash":…,"computedAt":…}} or {@code {"valid":false,"firstBrokenSeq":57,…}};
 * {@code computedAt} is when the chain was last recomputed (the same while its stored head has not moved).
 */
public record ChainCheckJson(boolean valid, Integer entries, String headHash, Integer firstBrokenSeq,
        Instant computedAt) {

    static ChainCheckJson of(CheckedChain checked) {
        AnnouncementChain.ChainCheck v = checked.check();
        return v.valid()
                ? new ChainCheckJson(true, v.entries(), v.headHash(), null, checked.computedAt())
                : new ChainCheckJson(false, null, null, v.firstBrokenSeq(), checked.computedAt());
    }
}
