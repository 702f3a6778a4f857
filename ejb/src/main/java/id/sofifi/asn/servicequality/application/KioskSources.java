package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.KioskRepository;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells a kiosk's response from a phone's: a device token of an active kiosk paired with the unit the response is
 * for makes it a kiosk's; any other token (unknown, revoked, another unit's) is ignored, so the response is limited
 * like a phone's.
 */
@Dependent
public class KioskSources {
    @Inject
    KioskRepository kiosks;

    public Optional<SurveySource> source(ServiceUnit unit, String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        return kiosks.byToken(SurveySource.sha256(deviceToken.strip()))
                .filter(k -> k.active() && k.serviceUnit().id().equals(unit.id())).map(SurveySource::kiosk);
    }
}
