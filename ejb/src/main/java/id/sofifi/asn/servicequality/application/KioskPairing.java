package id.sofifi.asn.servicequality.application;

/**
 * A new kiosk and its one-time pairing code, shown to staff once: the tablet opens {@code /kios?kode=<code>} within
 * the hour to pair itself.
 */
public record KioskPairing(KioskView kiosk, String pairingCode) {
    /** The path (below the application) the tablet opens. */
    public String pairingPath() {
        return "/kios?kode=" + pairingCode;
    }
}
