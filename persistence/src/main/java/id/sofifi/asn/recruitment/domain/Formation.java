package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * Formasi: a position opening in one work unit of one selection period, for one education
 * qualification and category, with a quota of seats. Its code is unique within the period.
 */
@Entity
@Table(name = "formation")
public class Formation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false)
    private SelectionPeriod period;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_unit_id", nullable = false)
    private WorkUnit workUnit;

    @Column(nullable = false, length = 200)
    private String education;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FormationCategory category;

    @Column(nullable = false)
    private int quota;

    @Column(name = "skb_cat_weight", nullable = false)
    private BigDecimal skbCatWeight = BigDecimal.ONE;

    @Column(name = "skb_extra_weight", nullable = false)
    private BigDecimal skbExtraWeight = BigDecimal.ZERO;

    @Version
    private long version;

    protected Formation() {
    }

    public Formation(SelectionPeriod period, FormationDetails details, WorkUnit workUnit) {
        this.period = period;
        revise(details, workUnit);
    }

    public final void revise(FormationDetails details, WorkUnit workUnit) {
        details.validate();
        this.code = details.code();
        this.position = details.position();
        this.workUnit = workUnit;
        this.education = details.education();
        this.category = details.category();
        this.quota = details.quota();
    }

    /** Sets how SKB is weighed here (§1.6): CAT only, or CAT with one extra test. */
    public void weighSkb(SkbWeights weights) {
        this.skbCatWeight = weights.cat();
        this.skbExtraWeight = weights.extra();
    }

    public SkbWeights skbWeights() {
        return SkbWeights.of(skbCatWeight, skbExtraWeight);
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    public Long id() {
        return id;
    }

    public SelectionPeriod period() {
        return period;
    }

    public String code() {
        return code;
    }

    public String position() {
        return position;
    }

    public WorkUnit workUnit() {
        return workUnit;
    }

    public String education() {
        return education;
    }

    public FormationCategory category() {
        return category;
    }

    public int quota() {
        return quota;
    }

    public long version() {
        return version;
    }
}
