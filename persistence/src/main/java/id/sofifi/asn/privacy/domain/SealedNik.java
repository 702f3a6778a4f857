package id.sofifi.asn.privacy.domain;

import id.sofifi.asn.kernel.Nik;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

/**
 * A NIK as a row keeps it (§6): its keyed hash for lookups and uniqueness, the NIK sealed with AES-GCM, and the id of
 * the key it was sealed with, never the NIK itself. The table names the columns {@code nik_hash}, {@code nik_sealed}
 * and {@code nik_key_id}.
 */
@Embeddable
public class SealedNik {
    /** The columns, in the order of {@link #hash}, {@link #sealed}, {@link #keyId}: for code that writes by SQL. */
    public static final String COLUMNS = "nik_hash, nik_sealed, nik_key_id";

    @Column(name = "nik_hash", nullable = false, length = 44)
    private String hash;

    @Column(name = "nik_sealed", nullable = false, length = 80)
    private String sealed;

    @Column(name = "nik_key_id", nullable = false, length = 16)
    private String keyId;

    @Transient
    private Nik opened;

    protected SealedNik() {
    }

    SealedNik(String hash, String sealed, String keyId) {
        this.hash = hash;
        this.sealed = sealed;
        this.keyId = keyId;
    }

    /** Seals a NIK with this process's keys. */
    public static SealedNik of(Nik nik) {
        SealedNik value = NikKeys.installed().seal(nik);
        value.opened = nik;
        return value;
    }

    /** The keyed hash a query compares with {@code nik.hash}: how a NIK is found without storing it. */
    public static String hashOf(Nik nik) {
        return NikKeys.installed().hash(nik);
    }

    /** The NIK, opened once per loaded row. */
    public Nik open() {
        if (opened == null) {
            opened = NikKeys.installed().open(sealed, keyId);
        }
        return opened;
    }

    public String hash() {
        return hash;
    }

    public String sealed() {
        return sealed;
    }

    public String keyId() {
        return keyId;
    }
}
