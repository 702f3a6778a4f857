package id.sofifi.asn.servicequality.application;

import java.io.Serializable;
import id.sofifi.asn.servicequality.domain.Kiosk;
import java.time.Instant;

/** A kiosk tablet of a service unit as the staff screen and the API show it; never its secrets. */
public record KioskView(long id, String serviceUnitCode, String label, Instant createdAt, Instant pairingExpiresAt,
        Instant pairedAt, Instant revokedAt) implements Serializable {
    static KioskView of(Kiosk kiosk) {
        return new KioskView(kiosk.id(), kiosk.serviceUnit().code(), kiosk.label(), kiosk.createdAt(),
                kiosk.pairingExpiresAt(), kiosk.pairedAt(), kiosk.revokedAt());
    }

    /** {@code WAITING} for its tablet, {@code PAIRED}, or {@code REVOKED} (an expired code counts as revoked). */
    public String status() {
        return revokedAt != null ? "REVOKED" : pairedAt != null ? "PAIRED" : "WAITING";
    }
}
