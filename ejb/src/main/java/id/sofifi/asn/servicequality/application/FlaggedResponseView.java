package id.sofifi.asn.servicequality.application;

import java.io.Serializable;
import id.sofifi.asn.servicequality.domain.BurstRule;
import id.sofifi.asn.servicequality.domain.Channel;
import id.sofifi.asn.servicequality.domain.FlagReason;
import id.sofifi.asn.servicequality.domain.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A flagged response as the BKD sees it: unit, when and how it came (the kiosk's label for a kiosk), its answers,
 * the reason with the burst's size and window, and the exclusion if any.
 */
public record FlaggedResponseView(long id, String serviceUnitCode, String serviceUnitName, Instant submittedAt,
        LocalDate servedOn, Channel channel, String kioskLabel, List<Integer> answers, FlagReason reason, int count,
        int windowMinutes, Instant excludedAt, String excludedBy, String exclusionReason) implements Serializable {

    static FlaggedResponseView of(SurveyResponse r) {
        BurstRule rule = BurstRule.of(r.channel()).orElse(BurstRule.PHONE);
        int minutes = (int) (r.flagReason() == FlagReason.BURST ? rule.burstWindow() : rule.runWindow()).toMinutes();
        return new FlaggedResponseView(r.id(), r.serviceUnit().code(), r.serviceUnit().name(), r.submittedAt(),
                r.servedOn(), r.channel(), r.kiosk() == null ? null : r.kiosk().label(), r.answers().list(),
                r.flagReason(), r.flagCount() == null ? 0 : r.flagCount(), minutes, r.excludedAt(), r.excludedBy(),
                r.exclusionReason());
    }

    public boolean excluded() {
        return excludedAt != null;
    }
}
