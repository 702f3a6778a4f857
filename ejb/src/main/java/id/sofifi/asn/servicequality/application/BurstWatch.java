package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.BurstRule;
import id.sofifi.asn.servicequality.domain.SurveyResponse;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Applies the channel's {@link BurstRule} to a response just stored: when it completes a burst, it and the earlier
 * responses of the burst are flagged for the BKD. A flag decides nothing by itself; only an administrator's
 * exclusion keeps a response out of the index.
 */
@Dependent
public class BurstWatch {
    @Inject
    SurveyResponseRepository responses;

    public void watch(SurveyResponse response, SurveySource source) {
        BurstRule.of(source.channel())
                .flatMap(
                        rule -> rule.check(response.submittedAt(), response.answers().list(),
                                responses.recent(response.serviceUnit(), source.hash(),
                                        rule.since(response.submittedAt()), response.id(), rule.lookback())))
                .ifPresent(flag -> {
                    response.flag(flag);
                    responses.flag(flag.earlier(), flag);
                });
    }
}
