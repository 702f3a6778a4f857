package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Tablet kios: a tablet at a counter that staff pair with their service unit. Its responses are exempt from the
 * hourly limit of phones but carry channel KIOSK and are watched more closely ({@link BurstRule#KIOSK}). Pairing is
 * two steps so that no lasting secret is ever shown: staff get a one-time pairing code valid for
 * {@link #PAIRING_VALIDITY}; the tablet that opens the pairing link claims it and receives its own device token.
 * Only SHA-256 digests of both are stored. A revoked kiosk is an ordinary phone again.
 */
@Entity
@Table(name = "survey_kiosk")
public class Kiosk {
    public static final Duration PAIRING_VALIDITY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_unit_id")
    private ServiceUnit serviceUnit;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "pairing_code_hash", length = 64)
    private String pairingCodeHash;

    @Column(name = "pairing_expires_at", nullable = false)
    private Instant pairingExpiresAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "paired_at")
    private Instant pairedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Version
    private long version;

    protected Kiosk() {
    }

    /** A kiosk awaiting its tablet; {@code label} says where it stands (3–100 characters). */
    public Kiosk(ServiceUnit serviceUnit, String label, String pairingCodeHash, String createdBy, Instant now) {
        String l = label == null ? null : label.strip();
        new Violations().text(l, "label", 3, 100).throwIfAny();
        this.serviceUnit = serviceUnit;
        this.label = l;
        this.pairingCodeHash = pairingCodeHash;
        this.pairingExpiresAt = now.plus(PAIRING_VALIDITY);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The tablet claims the pairing: refused when expired, claimed already or revoked. */
    public void claim(String tokenHash, Instant now) {
        if (pairingCodeHash == null || revokedAt != null || now.isAfter(pairingExpiresAt)) {
            throw new ConflictException("kiosk.pairingInvalid");
        }
        this.pairingCodeHash = null;
        this.tokenHash = tokenHash;
        this.pairedAt = now;
    }

    /** Ends the pairing (or an unclaimed code); the tablet's responses count as a phone's again. */
    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("kiosk.revokedAlready", label);
        }
        pairingCodeHash = null;
        revokedAt = now;
        revokedBy = by;
    }

    /** Whether responses from this kiosk count as a kiosk's at {@code now}. */
    public boolean active() {
        return tokenHash != null && revokedAt == null;
    }

    public Long id() {
        return id;
    }

    public ServiceUnit serviceUnit() {
        return serviceUnit;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant pairedAt() {
        return pairedAt;
    }

    public Instant pairingExpiresAt() {
        return pairingExpiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
