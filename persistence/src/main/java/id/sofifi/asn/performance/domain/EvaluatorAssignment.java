package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Penugasan pejabat penilai: the employee an administrator assigns to evaluate another instead of the unit head
 * (ASN-RULES §2; issue 11). Never the employee themself. Without an assignment the unit head evaluates.
 */
@Entity
@Table(name = "skp_evaluator")
public class EvaluatorAssignment {
    @Id
    @Column(length = 18)
    private String nip;

    @Column(name = "evaluator_nip", nullable = false, length = 18)
    private String evaluatorNip;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected EvaluatorAssignment() {
    }

    public EvaluatorAssignment(String nip, String evaluatorNip, Instant now) {
        this.nip = nip;
        reassign(evaluatorNip, now);
    }

    /** Names another official from {@code now}; refused by field {@code evaluatorNip} for none or the employee. */
    public final void reassign(String evaluatorNip, Instant now) {
        Violations v = new Violations();
        SkpPlan.checkEvaluator(nip, evaluatorNip, "evaluatorNip", v);
        v.throwIfAny();
        this.evaluatorNip = evaluatorNip.strip();
        this.assignedAt = now;
    }

    public String nip() {
        return nip;
    }

    public String evaluatorNip() {
        return evaluatorNip;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
