package id.sofifi.asn.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Kepala unit kerja: the employee who heads a work unit (an OPD, bidang or UPT of recruitment's tree, held by its
 * id). A unit has at most one head and an employee heads at most one unit; the head is normally placed in the unit
 * but need not be. Appointing another head replaces the one before; {@link UnitHeads} reads who heads whom.
 */
@Entity
@Table(name = "unit_head")
public class UnitHead {
    @Id
    @Column(name = "work_unit_id")
    private Long workUnitId;

    @Column(nullable = false, length = 18)
    private String nip;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Version
    private long version;

    protected UnitHead() {
    }

    public UnitHead(Long workUnitId, Nip nip, Instant appointedAt) {
        this.workUnitId = workUnitId;
        replace(nip, appointedAt);
    }

    /** Another employee heads the unit from {@code now}. */
    public final void replace(Nip newHead, Instant now) {
        this.nip = newHead.value();
        this.appointedAt = now;
    }

    public Long workUnitId() {
        return workUnitId;
    }

    public Nip nip() {
        return new Nip(nip);
    }

    public Instant appointedAt() {
        return appointedAt;
    }
}
