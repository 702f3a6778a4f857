package id.sofifi.asn.servicequality.api;

import id.sofifi.asn.servicequality.application.KioskView;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A kiosk tablet of a unit: {@code status} {@code WAITING}/{@code PAIRED}/{@code REVOKED}; {@code pairingCode} and
 * {@code pairingUrl} only in the answer that created it (shown once).
 */
@JsonbNillable
public record KioskJson(long id, String label, String status, String createdAt, String pairedAt, String revokedAt,
        String pairingCode, String pairingUrl) {
    static KioskJson of(KioskView k, String pairingCode, String pairingUrl) {
        return new KioskJson(k.id(), k.label(), k.status(), String.valueOf(k.createdAt()),
                k.pairedAt() == null ? null : k.pairedAt().toString(),
                k.revokedAt() == null ? null : k.revokedAt().toString(), pairingCode, pairingUrl);
    }

    /** What an administrator sends: where the tablet stands. */
    public record New(String label) {
    }
}
