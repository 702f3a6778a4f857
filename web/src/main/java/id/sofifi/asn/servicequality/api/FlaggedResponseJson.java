package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.servicequality.application.FlaggedResponseView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A flagged response: how it came, its answers, why it was flagged, and the BKD's exclusion if any. */
@JsonbNillable
public record FlaggedResponseJson(long id, String submittedAt, String servedOn, String channel, String kiosk,
        List<Integer> answers, String reason, int count, int windowMinutes, boolean excluded, String excludedBy,
        String exclusionReason) {
    static FlaggedResponseJson of(FlaggedResponseView r) {
        return new FlaggedResponseJson(r.id(), r.submittedAt().toString(), r.servedOn().toString(), r.channel().name(),
                r.kioskLabel(), r.answers(), r.reason().name(), r.count(), r.windowMinutes(), r.excluded(),
                r.excludedBy(), r.exclusionReason());
    }

    /** The written reason of an exclusion. */
    public record Exclusion(String reason) {
    }
}
