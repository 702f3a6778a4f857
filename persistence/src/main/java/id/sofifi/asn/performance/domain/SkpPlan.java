package id.sofifi.asn.performance.domain;

import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rencana SKP: what an employee is expected to deliver in a year — work result indicators with targets and the
 * behaviour expectations — as set by their evaluating official (pejabat penilai), who is another employee, never the
 * employee themself (ASN-RULES §2). The employee acknowledges the plan; a revised plan must be acknowledged again.
 * One plan per employee and year.
 */
@Entity
@Table(name = "skp_plan")
public class SkpPlan {
    /** The first year of SKP by PermenPANRB 6/2022. */
    public static final int FIRST_YEAR = 2022;
    static final int MAX_INDICATORS = 20;
    static final int EXPECTATIONS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 18)
    private String nip;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "evaluator_nip", nullable = false, length = 18)
    private String evaluatorNip;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skp_indicator", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<WorkIndicator> indicators = new ArrayList<>();

    @Column(name = "behaviour_expectations", nullable = false, length = EXPECTATIONS_MAX)
    private String behaviourExpectations;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected SkpPlan() {
    }

    public SkpPlan(String nip, int year, String evaluatorNip, List<WorkIndicator> indicators,
            String behaviourExpectations, Instant now) {
        this.nip = nip;
        this.year = year;
        revise(evaluatorNip, indicators, behaviourExpectations, now);
    }

    /**
     * Sets the plan's official and content from {@code now}; the employee's acknowledgement of the plan before is
     * void. Refused with every problem by field: no indicator or more than {@value #MAX_INDICATORS}, an empty
     * description or target, no behaviour expectations, the employee as their own official.
     */
    public final void revise(String evaluatorNip, List<WorkIndicator> indicators, String behaviourExpectations,
            Instant now) {
        Violations v = new Violations();
        checkEvaluator(nip, evaluatorNip, "evaluatorNip", v);
        List<WorkIndicator> given = indicators == null ? List.of() : indicators;
        v.check(!given.isEmpty() && given.size() <= MAX_INDICATORS, "indicators", "skp.indicatorCount", MAX_INDICATORS);
        for (int i = 0; i < given.size(); i++) {
            given.get(i).check(i, v);
        }
        v.text(behaviourExpectations, "behaviourExpectations", 1, EXPECTATIONS_MAX);
        v.throwIfAny();
        this.evaluatorNip = evaluatorNip;
        this.indicators.clear();
        this.indicators.addAll(given);
        this.behaviourExpectations = behaviourExpectations.strip();
        this.setAt = now;
        this.acknowledgedAt = null;
    }

    /**
     * Another official takes over the plan (an administrator assigned them, or cleared the assignment so the head
     * evaluates again); the content is unchanged, so the employee's acknowledgement stands. Refused by field as
     * {@link #revise} refuses the official.
     */
    public void handOver(String evaluatorNip) {
        Violations v = new Violations();
        checkEvaluator(nip, evaluatorNip, "evaluatorNip", v);
        v.throwIfAny();
        this.evaluatorNip = evaluatorNip.strip();
    }

    /** Records that {@code evaluatorNip} may not evaluate {@code nip}: none, or the employee themself. */
    static void checkEvaluator(String nip, String evaluatorNip, String field, Violations v) {
        if (v.require(evaluatorNip, field)) {
            v.check(!evaluatorNip.strip().equals(nip), field, "skp.selfEvaluation");
        }
    }

    /** The employee has read the plan (menyetujui SKP); again after a revision. */
    public void acknowledge(Instant now) {
        acknowledgedAt = now;
    }

    public Long id() {
        return id;
    }

    public String nip() {
        return nip;
    }

    public int year() {
        return year;
    }

    public String evaluatorNip() {
        return evaluatorNip;
    }

    public List<WorkIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public String behaviourExpectations() {
        return behaviourExpectations;
    }

    public Instant setAt() {
        return setAt;
    }

    /** When the employee acknowledged this version of the plan; null while they have not. */
    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
